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

    enum Endpoint: Int, Sendable { case healthy, dependent }

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
    var service: Service<Endpoint>
    var arrivals: [ArrivalStream]
    var random: RandomSource

    var states = StateTimeline(initial: CircuitBreaker.State.closed.rawValue)
    var stats = [EndpointStats(interval: Self.interval), EndpointStats(interval: Self.interval)]
    var maxQueue = 0

    init(setup: Setup, seed: UInt64) {
        var random = RandomSource(seed: seed)
        self.setup = setup
        breaker = setup.breaker.map(CircuitBreaker.init)
        service = Service(
            lanes: [WorkerPool(workers: setup.workers, queueCapacity: setup.queueCapacity)],
            clientTimeout: setup.clientTimeout, callTimeout: setup.callTimeout)
        arrivals = [setup.rates.healthy, setup.rates.dependent].map {
            ArrivalStream(profile: .constant(perSecond: $0), random: random.fork(), until: setup.end)
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
        arrivals[endpoint.rawValue].arrive(.arrival(endpoint), scheduler: &scheduler)
        switch service.arrive(endpoint, at: now) {
        case .started(let id): begin(id, scheduler: &scheduler)
        case .queued: maxQueue = max(maxQueue, service.waiting())
        case .rejected(let answer): record(answer)
        }
    }

    /// A worker starts request `id`.
    private mutating func begin(_ id: Int, scheduler: inout Scheduler<Event>) {
        switch service.payload(id) {
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
        let latency =
            Distribution.logNormal(mean: setup.dependencyMs, sigma: 0.5).sample(using: &random)
            + (troubled ? setup.incidentLatencyMs : 0)
        let call = service.call(
            taking: .milliseconds(latency), failed: troubled && random.bernoulli(setup.incidentFailure))
        scheduler.schedule(.dependencyDone(id: id, failed: call.failed, duration: call.duration), after: call.duration)
    }

    private mutating func finish(_ id: Int, failed: Bool, scheduler: inout Scheduler<Event>) {
        let handoff = service.finish(id, failed: failed, at: scheduler.now)
        record(handoff.answer)
        for answer in handoff.abandoned { record(answer) }
        if let next = handoff.next { begin(next, scheduler: &scheduler) }
    }

    /// Counts one answer in its endpoint's statistics.
    private mutating func record(_ answer: Service<Endpoint>.Answer) {
        stats[answer.payload.rawValue].record(
            succeeded: answer.succeeded, latency: answer.latency, arrivedAt: answer.arrivedAt,
            during: setup.incident.contains(answer.arrivedAt))
    }

    private mutating func noteState(at now: SimTime) {
        if let breaker { states.enter(breaker.state.rawValue, at: now) }
    }
}
