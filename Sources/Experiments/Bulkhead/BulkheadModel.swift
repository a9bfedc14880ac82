import MiniCluster

/// A service answering orders and payments, with one shared worker pool or a bulkhead per kind;
/// the payment provider hangs for a while.
struct BulkheadModel: SimulationModel {
    enum Event {
        case arrival(Kind)
        case done(id: Int, failed: Bool)
    }

    enum Kind: Int, Sendable { case order, payment }

    /// The scenario's fixed numbers.
    struct Setup {
        var rates: (orders: Double, payments: Double)
        var workers: Int
        /// Payments allowed at once in bulkhead mode (a semaphore with no waiting); nil for one shared pool.
        var paymentLimit: Int?
        var queueCapacity = 200
        var orderMs: Double
        var paymentMs: Double
        var callTimeout: SimTime
        var clientTimeout: SimTime
        var hang: Range<SimTime>
        var end: SimTime
    }

    static let interval = SimTime.seconds(1)

    let setup: Setup
    var service: Service<Kind>
    var arrivals: [ArrivalStream]
    var random: RandomSource
    var stats = [EndpointStats(interval: Self.interval), EndpointStats(interval: Self.interval)]

    init(setup: Setup, seed: UInt64) {
        var random = RandomSource(seed: seed)
        self.setup = setup
        let lanes: [WorkerPool]
        if let limit = setup.paymentLimit {
            precondition(
                limit < setup.workers, "payment limit \(limit) leaves no worker of \(setup.workers) for orders")
            lanes = [
                WorkerPool(workers: setup.workers - limit, queueCapacity: setup.queueCapacity),
                WorkerPool(workers: limit, queueCapacity: 0)
            ]
        } else {
            lanes = [WorkerPool(workers: setup.workers, queueCapacity: setup.queueCapacity)]
        }
        service = Service(lanes: lanes, clientTimeout: setup.clientTimeout, callTimeout: setup.callTimeout)
        arrivals = [setup.rates.orders, setup.rates.payments].map {
            ArrivalStream(profile: .constant(perSecond: $0), random: random.fork(), until: setup.end)
        }
        self.random = random.fork()
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        switch event {
        case .arrival(let kind): arrive(kind, scheduler: &scheduler)
        case .done(let id, let failed): finish(id, failed: failed, scheduler: &scheduler)
        }
    }

    private mutating func arrive(_ kind: Kind, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        arrivals[kind.rawValue].arrive(.arrival(kind), scheduler: &scheduler)
        switch service.arrive(kind, lane: setup.paymentLimit == nil ? 0 : kind.rawValue, at: now) {
        case .started(let id): begin(id, scheduler: &scheduler)
        case .queued: break
        case .rejected(let answer):
            stats[kind.rawValue].rejectedFast += 1
            record(answer)
        }
    }

    /// A worker starts request `id`.
    private mutating func begin(_ id: Int, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        switch service.payload(id) {
        case .order:
            let work = Distribution.exponential(mean: setup.orderMs).sample(using: &random)
            scheduler.schedule(.done(id: id, failed: false), after: .milliseconds(work))
        case .payment:
            var duration = SimTime.milliseconds(
                Distribution.logNormal(mean: setup.paymentMs, sigma: 0.5).sample(using: &random))
            if setup.hang.contains(now) { duration += setup.hang.upperBound - now }
            let call = service.call(taking: duration, failed: false)
            scheduler.schedule(.done(id: id, failed: call.failed), after: call.duration)
        }
    }

    private mutating func finish(_ id: Int, failed: Bool, scheduler: inout Scheduler<Event>) {
        let handoff = service.finish(id, failed: failed, at: scheduler.now)
        record(handoff.answer)
        for answer in handoff.abandoned { record(answer) }
        if let next = handoff.next { begin(next, scheduler: &scheduler) }
    }

    /// Counts one answer in its kind's statistics.
    private mutating func record(_ answer: Service<Kind>.Answer) {
        stats[answer.payload.rawValue].record(
            succeeded: answer.succeeded, latency: answer.latency, arrivedAt: answer.arrivedAt,
            during: setup.hang.contains(answer.arrivedAt))
    }
}
