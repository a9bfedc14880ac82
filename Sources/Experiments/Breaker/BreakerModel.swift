import MiniCluster

/// A service whose worker threads serve a healthy endpoint and an endpoint that calls a dependency,
/// optionally through a circuit breaker; the dependency turns slow and failing for a while.
struct BreakerModel: SimulationModel {
    enum Event {
        case arrival(Endpoint)
        /// A request's work (or its dependency call) ends; `failed` says how.
        case done(id: Int, failed: Bool)
        /// The dependency answers (or times out) after `duration`.
        case dependencyDone(id: Int, failed: Bool, duration: SimTime)
    }

    enum Endpoint: Int { case healthy, dependent }

    struct Request {
        let endpoint: Endpoint
        let arrivedAt: SimTime
    }

    /// The scenario's fixed numbers.
    struct Setup {
        var rates: (healthy: Double, dependent: Double)
        var workers: Int
        var queueCapacity = 200
        var healthyServiceMs = 5.0
        var dependencyMs = 20.0
        var callTimeout: SimTime
        var clientTimeout: SimTime
        var incident: Range<SimTime>
        var incidentFailure: Double
        var incidentLatencyMs: Double
        var end: SimTime
        var breaker: CircuitBreakerConfiguration?
    }

    static let interval = SimTime.seconds(1)

    let setup: Setup
    var breaker: CircuitBreaker?
    var pool: WorkerPool
    var arrivals: [PoissonArrivals]
    var random: RandomSource
    var requests: [Int: Request] = [:]
    var nextID = 0

    var states = StateTimeline(initial: CircuitBreaker.State.closed.rawValue)
    var stats = [EndpointStats(interval: Self.interval), EndpointStats(interval: Self.interval)]
    var maxQueue = 0

    init(setup: Setup, seed: UInt64) {
        var random = RandomSource(seed: seed)
        self.setup = setup
        breaker = setup.breaker.map(CircuitBreaker.init)
        pool = WorkerPool(workers: setup.workers, queueCapacity: setup.queueCapacity)
        arrivals = [setup.rates.healthy, setup.rates.dependent].map {
            PoissonArrivals(profile: .constant(perSecond: $0), random: random.fork())
        }
        self.random = random.fork()
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        switch event {
        case .arrival(let endpoint): arrive(endpoint, scheduler: &scheduler)
        case .dependencyDone(let id, let failed, let duration):
            breaker?.record(failed: failed, duration: duration, at: scheduler.now)
            noteState(at: scheduler.now)
            finish(id, failed: failed, scheduler: &scheduler)
        case .done(let id, let failed): finish(id, failed: failed, scheduler: &scheduler)
        }
    }

    private mutating func arrive(_ endpoint: Endpoint, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        let next = arrivals[endpoint.rawValue].next(after: now)
        if next < setup.end { scheduler.schedule(.arrival(endpoint), at: next) }
        let id = nextID
        nextID += 1
        requests[id] = Request(endpoint: endpoint, arrivedAt: now)
        switch pool.arrive(id) {
        case .started: begin(id, scheduler: &scheduler)
        case .queued: maxQueue = max(maxQueue, pool.queue.count)
        case .rejected: complete(id, failed: true, at: now)
        }
    }

    /// A worker picks up request `id`; a caller who already gave up frees the worker at once.
    private mutating func begin(_ id: Int, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        guard let request = requests[id], now - request.arrivedAt < setup.clientTimeout else {
            complete(id, failed: true, at: now)
            if let next = pool.finish() { begin(next, scheduler: &scheduler) }
            return
        }
        switch request.endpoint {
        case .healthy:
            let work = Distribution.exponential(mean: setup.healthyServiceMs).sample(using: &random)
            scheduler.schedule(.done(id: id, failed: false), after: .milliseconds(work))
        case .dependent:
            callDependency(id, scheduler: &scheduler)
        }
    }

    private mutating func callDependency(_ id: Int, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        if var breaker {
            let permitted = breaker.tryAcquire(at: now)
            self.breaker = breaker
            noteState(at: now)
            guard permitted else {
                stats[Endpoint.dependent.rawValue].rejectedFast += 1
                scheduler.schedule(.done(id: id, failed: true), after: .milliseconds(0.1))
                return
            }
        }
        let troubled = setup.incident.contains(now)
        var latency =
            Distribution.logNormal(mean: setup.dependencyMs, sigma: 0.5).sample(using: &random)
            + (troubled ? setup.incidentLatencyMs : 0)
        var failed = troubled && random.bernoulli(setup.incidentFailure)
        if latency > setup.callTimeout.milliseconds {
            latency = setup.callTimeout.milliseconds
            failed = true
        }
        let duration = SimTime.milliseconds(latency)
        scheduler.schedule(.dependencyDone(id: id, failed: failed, duration: duration), after: duration)
    }

    private mutating func finish(_ id: Int, failed: Bool, scheduler: inout Scheduler<Event>) {
        complete(id, failed: failed, at: scheduler.now)
        if let next = pool.finish() { begin(next, scheduler: &scheduler) }
    }

    /// Counts the answer to request `id`; an answer after the caller's timeout is a failure.
    private mutating func complete(_ id: Int, failed: Bool, at now: SimTime) {
        guard let request = requests.removeValue(forKey: id) else {
            preconditionFailure("request \(id) completed twice")
        }
        let latency = min(now - request.arrivedAt, setup.clientTimeout)
        let succeeded = !failed && now - request.arrivedAt < setup.clientTimeout
        stats[request.endpoint.rawValue].record(
            succeeded: succeeded, latency: latency, arrivedAt: request.arrivedAt,
            during: setup.incident.contains(request.arrivedAt))
    }

    private mutating func noteState(at now: SimTime) {
        if let breaker { states.enter(breaker.state.rawValue, at: now) }
    }
}
