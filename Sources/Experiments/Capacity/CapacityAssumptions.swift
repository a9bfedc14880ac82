import MiniCluster

/// The assumptions of a `capacity` run: the traffic as a `LoadProfile`, then the fleet and prices.
struct CapacityAssumptions {
    var profile: LoadProfile
    var skew: Double
    var hitTarget: Double
    var serviceSeconds: Double
    var workers: Int
    var utilization: Double
    var replicaReadsPerSecond: Double
    var minimumReplicas: Int
    var shardWritesPerSecond: Double
    var shardBytes: Double
    var years: Double
    var cacheNodeBytes: Double
    var component: Double
    var objective: Double
    var appDollars: Double
    var dbDollars: Double
    var cacheDollars: Double
    var egressDollarsPerGB: Double

    init(_ values: ParameterValues) {
        profile = LoadProfile(
            name: "capacity", users: values[CapacityExperiment.Key.users],
            dailyActiveShare: values[CapacityExperiment.Key.active],
            requestsPerActivePerDay: values[CapacityExperiment.Key.requests],
            readShare: values[CapacityExperiment.Key.reads],
            peakFactor: values[CapacityExperiment.Key.peak],
            responseBytes: values[CapacityExperiment.Key.responseKb] * 1000,
            writeBytes: values[CapacityExperiment.Key.objectKb] * 1000,
            objectsReadPerDay: values[CapacityExperiment.Key.objects])
        skew = values[CapacityExperiment.Key.skew]
        hitTarget = values[CapacityExperiment.Key.hit]
        serviceSeconds = values[CapacityExperiment.Key.serviceMs] / 1000
        workers = values[CapacityExperiment.Key.workers]
        utilization = values[CapacityExperiment.Key.utilization]
        replicaReadsPerSecond = values[CapacityExperiment.Key.replicaRps]
        minimumReplicas = values[CapacityExperiment.Key.minReplicas]
        shardWritesPerSecond = values[CapacityExperiment.Key.shardWps]
        shardBytes = values[CapacityExperiment.Key.shardTb] * 1e12
        years = values[CapacityExperiment.Key.years]
        cacheNodeBytes = values[CapacityExperiment.Key.cacheNodeGb] * 1e9
        component = values[CapacityExperiment.Key.component]
        objective = values[CapacityExperiment.Key.slo] / 100
        appDollars = values[CapacityExperiment.Key.appUsd]
        dbDollars = values[CapacityExperiment.Key.dbUsd]
        cacheDollars = values[CapacityExperiment.Key.cacheUsd]
        egressDollarsPerGB = values[CapacityExperiment.Key.egressUsd]
    }
}
