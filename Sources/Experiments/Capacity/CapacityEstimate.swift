import Foundation
import MiniCluster

/// Every number the capacity chapter derives, each from the assumptions and the numbers before it.
struct CapacityEstimate {
    let assumptions: CapacityAssumptions
    var profile: LoadProfile { assumptions.profile }

    init(_ assumptions: CapacityAssumptions) {
        self.assumptions = assumptions
        let popularity = CheApproximation.zipf(
            objects: assumptions.profile.objectsReadPerDay, exponent: assumptions.skew)
        cacheObjects = popularity.capacity(forHitRatio: assumptions.hitTarget).rounded(.up)
        hitAtFifthOfObjects = popularity.hitRatio(
            capacity: (assumptions.profile.objectsReadPerDay * 0.2).rounded(.down))
    }

    // MARK: storage and bandwidth

    /// Terabytes of new data a year, one copy.
    var storageTBPerYear: Double { profile.storedBytesPerYear / 1e12 }
    /// Terabytes kept over the retention period, one copy.
    var storageTBKept: Double { storageTBPerYear * assumptions.years }
    /// Gigabits per second sent to users at the peak and on average.
    var peakEgressGbps: Double { profile.peakEgressBytesPerSecond * 8 / 1e9 }
    var averageEgressGbps: Double { peakEgressGbps / profile.peakFactor }

    // MARK: cache (Che's approximation over Zipf popularity)

    /// Objects an LRU cache must hold for the target hit ratio.
    let cacheObjects: Double
    /// The hit ratio of a cache holding a fifth of the day's objects (the "80/20" rule of thumb).
    let hitAtFifthOfObjects: Double
    var cacheGB: Double { cacheObjects * profile.writeBytes / 1e9 }
    var cacheNodes: Int { Self.count(cacheObjects * profile.writeBytes, per: assumptions.cacheNodeBytes) }

    // MARK: app servers (M/M/c per server, Erlang C)

    /// Requests in service at any instant at the peak, by Little's law: arrival rate × service time.
    var busyWorkers: Double { profile.peakRequestsPerSecond * assumptions.serviceSeconds }

    /// Servers that keep each one at or below the target utilisation at the peak.
    var appServers: Int {
        max(1, Self.roundedUp(busyWorkers / (Double(assumptions.workers) * assumptions.utilization)))
    }
    /// The fewest servers that carry the peak below utilisation 1 (never more than `appServers`).
    var appServersToSurvive: Int {
        min(appServers, Self.roundedDown(busyWorkers / Double(assumptions.workers)) + 1)
    }
    var perServerRate: Double { profile.peakRequestsPerSecond / Double(appServers) }
    var serviceRate: Double { 1 / assumptions.serviceSeconds }
    var appUtilization: Double {
        QueueingTheory.utilization(arrivalRate: perServerRate, serviceRate: serviceRate, servers: assumptions.workers)
    }
    var waitProbability: Double {
        QueueingTheory.erlangC(arrivalRate: perServerRate, serviceRate: serviceRate, servers: assumptions.workers)
    }
    var meanResponseMs: Double {
        QueueingTheory.meanResponse(arrivalRate: perServerRate, serviceRate: serviceRate, servers: assumptions.workers)
            * 1000
    }
    /// The 99th percentile of the wait in queue: P(Wq > t) = C·e^(−(cμ − λ)t).
    var waitP99Ms: Double {
        let drain = Double(assumptions.workers) * serviceRate - perServerRate
        return waitProbability <= 0.01 ? 0 : log(waitProbability / 0.01) / drain * 1000
    }

    // MARK: database (replicas for reads, shards for writes and data)

    var dbReadsPerSecond: Double { profile.peakReadsPerSecond * (1 - assumptions.hitTarget) }
    var shardsForWrites: Int {
        Self.count(profile.peakWritesPerSecond, per: assumptions.shardWritesPerSecond * assumptions.utilization)
    }
    var shardsForData: Int { Self.count(storageTBKept * 1e12, per: assumptions.shardBytes) }
    var shards: Int { max(shardsForWrites, shardsForData) }
    /// Read replicas per shard: enough for its share of the reads, at least `min_replicas` to fail over to.
    var replicasPerShard: Int {
        max(
            assumptions.minimumReplicas,
            Self.count(
                dbReadsPerSecond / Double(shards), per: assumptions.replicaReadsPerSecond * assumptions.utilization))
    }
    var dbServers: Int { shards * (1 + replicasPerShard) }
    var storageTBAllCopies: Double { storageTBKept * Double(1 + replicasPerShard) }
    /// Replica utilisation if the cache went cold and every read reached the database.
    var coldCacheDBUtilization: Double {
        profile.peakReadsPerSecond / (Double(shards * replicasPerShard) * assumptions.replicaReadsPerSecond)
    }

    /// The fewest units of `capacity` that carry `load`, at least one.
    static func count(_ load: Double, per capacity: Double) -> Int {
        max(1, roundedUp(load / capacity))
    }

    // NB: ratios that are whole on paper (2,880,000 ÷ 86,400 × 3 × 0.01 ÷ 0.5 = 2) come out a hair
    // above or below in binary floating point; rounding within one part in 10^12 keeps ⌈2⌉ = 2.
    static func roundedUp(_ x: Double) -> Int { Int((x * (1 - 1e-12)).rounded(.up)) }
    static func roundedDown(_ x: Double) -> Int { Int((x * (1 + 1e-12)).rounded(.down)) }
}
