import MiniCluster

/// A service answering orders and payments, with one shared worker pool or a bulkhead per kind;
/// the payment provider hangs for a while.
struct BulkheadModel: SimulationModel {
    enum Event {
        case arrival(Kind)
        case done(id: Int, failed: Bool)
    }

    enum Kind: Int { case order, payment }

    struct Request {
        let kind: Kind
        let arrivedAt: SimTime
    }

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
    var pools: [WorkerPool]
    var arrivals: [PoissonArrivals]
    var random: RandomSource
    var requests: [Int: Request] = [:]
    var nextID = 0
    var stats = [EndpointStats(interval: Self.interval), EndpointStats(interval: Self.interval)]

    init(setup: Setup, seed: UInt64) {
        var random = RandomSource(seed: seed)
        self.setup = setup
        if let limit = setup.paymentLimit {
            precondition(
                limit < setup.workers, "payment limit \(limit) leaves no worker of \(setup.workers) for orders")
            pools = [
                WorkerPool(workers: setup.workers - limit, queueCapacity: setup.queueCapacity),
                WorkerPool(workers: limit, queueCapacity: 0)
            ]
        } else {
            pools = [WorkerPool(workers: setup.workers, queueCapacity: setup.queueCapacity)]
        }
        arrivals = [setup.rates.orders, setup.rates.payments].map {
            PoissonArrivals(profile: .constant(perSecond: $0), random: random.fork())
        }
        self.random = random.fork()
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        switch event {
        case .arrival(let kind): arrive(kind, scheduler: &scheduler)
        case .done(let id, let failed): finish(id, failed: failed, scheduler: &scheduler)
        }
    }

    private func pool(for kind: Kind) -> Int { pools.count == 1 ? 0 : kind.rawValue }

    private mutating func arrive(_ kind: Kind, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        let next = arrivals[kind.rawValue].next(after: now)
        if next < setup.end { scheduler.schedule(.arrival(kind), at: next) }
        let id = nextID
        nextID += 1
        requests[id] = Request(kind: kind, arrivedAt: now)
        switch pools[pool(for: kind)].arrive(id) {
        case .started: begin(id, scheduler: &scheduler)
        case .queued: break
        case .rejected:
            stats[kind.rawValue].rejectedFast += 1
            complete(id, failed: true, at: now)
        }
    }

    /// A worker picks up request `id`; a caller who already gave up frees the worker at once.
    private mutating func begin(_ id: Int, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        guard let request = requests[id] else { preconditionFailure("request \(id) started but unknown") }
        guard now - request.arrivedAt < setup.clientTimeout else {
            finish(id, failed: true, in: pool(for: request.kind), scheduler: &scheduler)
            return
        }
        switch request.kind {
        case .order:
            let work = Distribution.exponential(mean: setup.orderMs).sample(using: &random)
            scheduler.schedule(.done(id: id, failed: false), after: .milliseconds(work))
        case .payment:
            var duration = SimTime.milliseconds(
                Distribution.logNormal(mean: setup.paymentMs, sigma: 0.5).sample(using: &random))
            if setup.hang.contains(now) { duration += setup.hang.upperBound - now }
            let timedOut = duration >= setup.callTimeout
            scheduler.schedule(.done(id: id, failed: timedOut), after: timedOut ? setup.callTimeout : duration)
        }
    }

    private mutating func finish(_ id: Int, failed: Bool, scheduler: inout Scheduler<Event>) {
        guard let kind = requests[id]?.kind else { preconditionFailure("request \(id) finished twice") }
        finish(id, failed: failed, in: pool(for: kind), scheduler: &scheduler)
    }

    private mutating func finish(_ id: Int, failed: Bool, in pool: Int, scheduler: inout Scheduler<Event>) {
        complete(id, failed: failed, at: scheduler.now)
        if let next = pools[pool].finish() { begin(next, scheduler: &scheduler) }
    }

    /// Counts the answer to request `id`; an answer after the caller's timeout is a failure.
    private mutating func complete(_ id: Int, failed: Bool, at now: SimTime) {
        guard let request = requests.removeValue(forKey: id) else {
            preconditionFailure("request \(id) completed twice")
        }
        let waited = now - request.arrivedAt
        stats[request.kind.rawValue].record(
            succeeded: !failed && waited < setup.clientTimeout,
            latency: min(waited, setup.clientTimeout), arrivedAt: request.arrivedAt,
            during: setup.hang.contains(request.arrivedAt))
    }
}
