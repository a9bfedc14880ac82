import Foundation

extension CapacityEstimate {
    /// Two load balancers, either one enough.
    var balancerAvailability: Double { AvailabilityExperiment.tier(assumptions.component, replicas: 2) }
    /// Up while enough app servers are up to carry the peak below utilisation 1: the headroom of
    /// the target utilisation is what absorbs failures.
    var appAvailability: Double { Self.atLeast(appServersToSurvive, of: appServers, each: assumptions.component) }
    /// Every cache node with a replica; every node pair must be up, or its reads fall on the database.
    var cacheAvailability: Double {
        pow(AvailabilityExperiment.tier(assumptions.component, replicas: 2), Double(cacheNodes))
    }
    /// Every shard must be up; a shard is up while its primary or a replica it can promote is.
    var databaseAvailability: Double {
        pow(AvailabilityExperiment.tier(assumptions.component, replicas: 1 + replicasPerShard), Double(shards))
    }
    /// The tiers in series, assuming failures are independent.
    var systemAvailability: Double { balancerAvailability * appAvailability * cacheAvailability * databaseAvailability }
    var nines: Double { -log10(max(1 - systemAvailability, 1e-15)) }

    /// Minutes of downtime `availability` allows a year, a 30-day month and a week.
    static func downtimeMinutes(_ availability: Double) -> (year: Double, month: Double, week: Double) {
        let down = 1 - availability
        return (down * 365 * 24 * 60, down * 30 * 24 * 60, down * 7 * 24 * 60)
    }

    // MARK: cost

    var appCost: Double { Double(appServers) * assumptions.appDollars }
    var dbCost: Double { Double(dbServers) * assumptions.dbDollars }
    var cacheCost: Double { Double(cacheNodes * 2) * assumptions.cacheDollars }
    /// Bytes sent in a 30-day month at the average rate, priced per GB.
    var egressCost: Double { averageEgressGbps / 8 * 86_400 * 30 * assumptions.egressDollarsPerGB }
    var monthlyCost: Double { appCost + dbCost + cacheCost + egressCost }
    var costPerMillionRequests: Double { monthlyCost / (profile.requestsPerDay * 30 / 1e6) }
}
