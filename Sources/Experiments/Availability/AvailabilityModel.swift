import MiniCluster

/// Tiers of redundant components failing and being repaired at random; the system is up while
/// every tier has at least one component up.
///
/// Assumptions: failures are independent; times to failure and to repair are exponential;
/// every component has its own repair crew, so repairs never wait; a tier fails over to its
/// surviving replicas instantly. Virtual time ticks in microseconds (`tick`), so 10,000
/// simulated years fit in the engine's 64-bit clock.
struct AvailabilityModel: SimulationModel {
    /// Seconds per engine tick: one microsecond.
    static let tick = 1e-6
    /// Batches of equal time whose downtime shares give the interval of the measured availability.
    static let batches = 10

    enum Event {
        case fail(tier: Int, component: Int)
        case repair(tier: Int, component: Int)
    }

    let counts: [Int]
    let end: SimTime
    var schedules: [FailureSchedule]
    var up: [Int]
    var systemDownSince: SimTime?
    /// System downtime per batch of `end / batches` ticks.
    var downtimeByBatch: [Double]
    var tierDowntime: [SimTime]
    var tierDownSince: [SimTime?]
    var outages = 0

    init(counts: [Int], mtbfHours: Double, mttrHours: Double, end: SimTime, seed: UInt64) {
        var root = RandomSource(seed: seed)
        self.counts = counts
        self.end = end
        let mtbf = Self.ticks(hours: mtbfHours)
        let mttr = Self.ticks(hours: mttrHours)
        schedules = counts.map { _ in FailureSchedule(mtbf: mtbf, mttr: mttr, random: root.fork()) }
        up = counts
        downtimeByBatch = Array(repeating: 0, count: Self.batches)
        tierDowntime = counts.map { _ in .zero }
        tierDownSince = counts.map { _ in nil }
    }

    static func ticks(hours: Double) -> SimTime { SimTime(nanoseconds: Int64((hours * 3600 / tick).rounded())) }
    static func ticks(years: Double) -> SimTime { ticks(hours: years * AvailabilityExperiment.minutesPerYear / 60) }

    /// Schedules every component's first failure.
    mutating func start(_ scheduler: inout Scheduler<Event>) {
        for tier in counts.indices {
            for component in 0..<counts[tier] {
                scheduler.schedule(
                    .fail(tier: tier, component: component), at: schedules[tier].nextFailure(after: .zero))
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
            if up[tier] == 0, let since = tierDownSince[tier] {
                tierDowntime[tier] += now - since
                tierDownSince[tier] = nil
            }
            up[tier] += 1
            scheduler.schedule(.fail(tier: tier, component: component), at: schedules[tier].nextFailure(after: now))
        }
        let isUp = up.allSatisfy { $0 > 0 }
        if wasUp && !isUp {
            systemDownSince = now
            outages += 1
        }
        if !wasUp && isUp, let since = systemDownSince {
            addDowntime(from: since, to: now)
            systemDownSince = nil
        }
    }

    /// Closes the spans still open at the end of the run.
    mutating func finish() {
        if let since = systemDownSince {
            addDowntime(from: since, to: end)
            systemDownSince = nil
        }
        for tier in counts.indices {
            if let since = tierDownSince[tier] {
                tierDowntime[tier] += end - since
                tierDownSince[tier] = nil
            }
        }
    }

    /// Adds the span `[from, to)`, clipped to the run, to the batches it covers.
    private mutating func addDowntime(from: SimTime, to: SimTime) {
        let length = max(1, end.nanoseconds / Int64(Self.batches))
        var start = from.nanoseconds
        let stop = min(to, end).nanoseconds
        while start < stop {
            let batch = min(Self.batches - 1, Int(start / length))
            let batchEnd = batch == Self.batches - 1 ? stop : min(stop, Int64(batch + 1) * length)
            downtimeByBatch[batch] += Double(batchEnd - start)
            start = batchEnd
        }
    }

    var systemDowntime: Double { downtimeByBatch.reduce(0, +) }

    /// The measured availability with its batch-means interval.
    var measured: Estimate {
        let length = Double(max(1, end.nanoseconds / Int64(Self.batches)))
        let lengths = (0..<Self.batches).map {
            $0 == Self.batches - 1 ? Double(end.nanoseconds) - length * Double(Self.batches - 1) : length
        }
        return Estimate(
            point: 1 - systemDowntime / Double(end.nanoseconds),
            batches: zip(downtimeByBatch, lengths).map { 1 - $0 / $1 })
    }
}
