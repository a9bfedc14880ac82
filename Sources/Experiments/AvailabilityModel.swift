import MiniCluster

/// Tiers of redundant components failing and being repaired at random; the system is up while
/// every tier has at least one component up.
struct AvailabilityModel: SimulationModel {
    enum Event {
        case fail(tier: Int, component: Int)
        case repair(tier: Int, component: Int)
    }

    let counts: [Int]
    var schedules: [FailureSchedule]
    var up: [Int]
    var systemDownSince: SimTime?
    var systemDowntime = SimTime.zero
    var tierDowntime: [SimTime]
    var tierDownSince: [SimTime?]
    var outages = 0

    init(counts: [Int], mtbf: SimTime, mttr: SimTime, seed: UInt64) {
        var root = RandomSource(seed: seed)
        self.counts = counts
        schedules = counts.map { _ in FailureSchedule(mtbf: mtbf, mttr: mttr, random: root.fork()) }
        up = counts
        tierDowntime = counts.map { _ in .zero }
        tierDownSince = counts.map { _ in nil }
    }

    /// Schedules every component's first failure.
    mutating func start(_ scheduler: inout Scheduler<Event>) {
        for tier in counts.indices {
            for component in 0..<counts[tier] {
                scheduler.schedule(.fail(tier: tier, component: component), at: schedules[tier].nextFailure(after: .zero))
            }
        }
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        let wasUp = up.allSatisfy { $0 > 0 }
        switch event {
        case .fail(let tier, let component):
            up[tier] -= 1
            if up[tier] == 0 { tierDownSince[tier] = now }
            scheduler.schedule(.repair(tier: tier, component: component), at: schedules[tier].repair(after: now))
        case .repair(let tier, let component):
            if up[tier] == 0, let since = tierDownSince[tier] { tierDowntime[tier] += now - since; tierDownSince[tier] = nil }
            up[tier] += 1
            scheduler.schedule(.fail(tier: tier, component: component), at: schedules[tier].nextFailure(after: now))
        }
        let isUp = up.allSatisfy { $0 > 0 }
        if wasUp && !isUp { systemDownSince = now; outages += 1 }
        if !wasUp && isUp, let since = systemDownSince { systemDowntime += now - since; systemDownSince = nil }
    }
}
