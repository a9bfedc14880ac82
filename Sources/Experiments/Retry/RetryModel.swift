import MiniCluster

/// Clients that each have one piece of work, all starting together, against a resource that does
/// `capacity` calls' worth of work per second and may be down for a while.
///
/// Assumptions: the resource works through its backlog in arrival order; it admits a call while its
/// backlog is under `admissionBacklog` and rejects it otherwise, and a rejection still costs
/// `rejectCost` of a call's work (reading, parsing and refusing it), so a storm of rejected retries
/// keeps the backlog full and starves the calls it could have served. A call's answer takes
/// `latencyMs` on the network; while the resource is down it refuses at no cost.
struct RetryModel: SimulationModel {
    enum Event {
        case attempt(client: Int)
        case answer(client: Int, accepted: Bool)
    }

    /// The scenario's fixed numbers.
    struct Setup {
        var clients: Int
        var capacity: Double
        var policy: RetryPolicy
        var baseMs: Double
        var capMs: Double
        var maxAttempts: Int
        var budget: Double
        var rejectCost: Double
        var outage: Range<SimTime>
        var latencyMs = 2.0
    }

    /// Work the resource lets wait before it turns calls away.
    static let admissionBacklog = SimTime.milliseconds(10)
    static let interval = SimTime.milliseconds(100)

    let setup: Setup
    var random: RandomSource
    var attempts: [Int]
    var previousDelay: [Double]
    /// When the resource will have worked through everything it has taken on.
    var busyUntil = SimTime.zero

    var calls = 0
    var retries = 0
    var rejected = 0
    var completed = 0
    var gaveUp = 0
    var finishedAt = SimTime.zero
    var callsOverTime = TimeSeries(interval: Self.interval)
    var acceptedOverTime = TimeSeries(interval: Self.interval)

    init(setup: Setup, seed: UInt64) {
        self.setup = setup
        var random = RandomSource(seed: seed)
        self.random = random.fork()
        attempts = Array(repeating: 0, count: setup.clients)
        previousDelay = Array(repeating: setup.baseMs, count: setup.clients)
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        switch event {
        case .attempt(let client):
            calls += 1
            attempts[client] += 1
            let accepted = admit(at: now)
            callsOverTime.add(1, at: now)
            if accepted { acceptedOverTime.add(1, at: now) } else { rejected += 1 }
            let latency = Distribution.logNormal(mean: setup.latencyMs, sigma: 0.3).sample(using: &random)
            scheduler.schedule(.answer(client: client, accepted: accepted), after: .milliseconds(latency))
        case .answer(let client, let accepted):
            if accepted {
                resolve(at: now, done: true)
            } else if let delay = retryDelay(for: client) {
                retries += 1
                scheduler.schedule(.attempt(client: client), after: .milliseconds(delay))
            } else {
                resolve(at: now, done: false)
            }
        }
    }

    /// Whether the resource takes a call at `time`: it is up and its backlog is short; either way
    /// the call costs it work (a whole call, or `rejectCost` of one).
    private mutating func admit(at time: SimTime) -> Bool {
        guard !setup.outage.contains(time) else { return false }
        let start = max(busyUntil, time)
        let accepted = start - time < Self.admissionBacklog
        let work = (accepted ? 1 : setup.rejectCost) / setup.capacity
        busyUntil = start + .seconds(work)
        return accepted
    }

    /// The wait before `client` tries again, or nil when it gives up (no retries, out of attempts, or over budget).
    private mutating func retryDelay(for client: Int) -> Double? {
        guard attempts[client] < setup.maxAttempts, Double(retries + 1) <= setup.budget * Double(calls + 1) else {
            return nil
        }
        let delay = setup.policy.delay(
            retry: attempts[client] - 1, previous: previousDelay[client],
            base: setup.baseMs, cap: setup.capMs, using: &random)
        if let delay { previousDelay[client] = delay }
        return delay
    }

    private mutating func resolve(at time: SimTime, done: Bool) {
        if done { completed += 1 } else { gaveUp += 1 }
        finishedAt = max(finishedAt, time)
    }
}
