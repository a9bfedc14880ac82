import MiniCluster

/// Clients that each have one piece of work, all starting together, against a resource that
/// admits `capacity` calls per second (in 10 ms slots) and rejects the rest, and may be down for a while.
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
        var outage: Range<SimTime>
        var latencyMs = 2.0
    }

    static let slot = SimTime.milliseconds(10)
    static let interval = SimTime.milliseconds(100)

    let setup: Setup
    var random: RandomSource
    var attempts: [Int]
    var previousDelay: [Double]
    var currentSlot: Int64 = -1
    var admittedInSlot = 0

    var calls = 0
    var retries = 0
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
            if accepted { acceptedOverTime.add(1, at: now) }
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

    /// Whether the resource takes a call at `time`: it is up and the call's 10 ms slot has room.
    private mutating func admit(at time: SimTime) -> Bool {
        guard !setup.outage.contains(time) else { return false }
        let slot = time.nanoseconds / Self.slot.nanoseconds
        if slot != currentSlot { currentSlot = slot; admittedInSlot = 0 }
        let perSlot = setup.capacity * Self.slot.seconds
        let allowance = Int((perSlot * Double(slot + 1)).rounded(.down) - (perSlot * Double(slot)).rounded(.down))
        guard admittedInSlot < allowance else { return false }
        admittedInSlot += 1
        return true
    }

    /// The wait before `client` tries again, or nil when it gives up (no retries, out of attempts, or over budget).
    private mutating func retryDelay(for client: Int) -> Double? {
        guard attempts[client] < setup.maxAttempts, Double(retries + 1) <= setup.budget * Double(calls + 1) else { return nil }
        let delay = setup.policy.delay(retry: attempts[client] - 1, previous: previousDelay[client],
                                       base: setup.baseMs, cap: setup.capMs, using: &random)
        if let delay { previousDelay[client] = delay }
        return delay
    }

    private mutating func resolve(at time: SimTime, done: Bool) {
        if done { completed += 1 } else { gaveUp += 1 }
        finishedAt = max(finishedAt, time)
    }
}
