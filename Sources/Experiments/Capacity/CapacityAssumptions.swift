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
        profile = LoadProfile(name: "capacity", users: values.real("users"), dailyActiveShare: values.real("active"),
                              requestsPerActivePerDay: values.real("requests"), readShare: values.real("reads"),
                              peakFactor: values.real("peak"), responseBytes: values.real("response_kb") * 1000,
                              writeBytes: values.real("object_kb") * 1000, objectsReadPerDay: values.real("objects"))
        skew = values.real("skew")
        hitTarget = values.real("hit")
        serviceSeconds = values.real("service_ms") / 1000
        workers = values.integer("workers")
        utilization = values.real("utilization")
        replicaReadsPerSecond = values.real("replica_rps")
        minimumReplicas = values.integer("min_replicas")
        shardWritesPerSecond = values.real("shard_wps")
        shardBytes = values.real("shard_tb") * 1e12
        years = values.real("years")
        cacheNodeBytes = values.real("cache_node_gb") * 1e9
        component = values.real("component")
        objective = values.real("slo") / 100
        appDollars = values.real("app_usd")
        dbDollars = values.real("db_usd")
        cacheDollars = values.real("cache_usd")
        egressDollarsPerGB = values.real("egress_usd")
    }
}
