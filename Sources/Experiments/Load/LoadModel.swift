import MiniCluster

/// An M/M/c system: Poisson arrivals into one FIFO queue served by `servers` workers.
///
/// The first `warmupFraction` of requests fill the empty system and are not measured, so the
/// statistics describe the steady state that queueing theory predicts.
struct LoadModel: SimulationModel {
    static let warmupFraction = 0.02

    enum Event {
        case arrival
        /// A worker finishes the request that arrived at `arrivedAt`.
        case departure(arrivedAt: SimTime)
    }

    let requests: Int
    let warmupRequests: Int
    /// When measurement started: the arrival of the first measured request.
    var measuredFrom = SimTime.zero
    let service: Distribution
    var arrivals: ArrivalStream
    var random: RandomSource
    var pool: WorkerPool

    var completed = 0
    var responses: BatchedLatency
    var waits = BatchMeans()
    var busyTime = 0.0
    var areaInSystem = 0.0
    var lastChange = SimTime.zero

    init(servers: Int, rate: Double, serviceMs: Double, requests: Int, seed: UInt64) {
        var random = RandomSource(seed: seed)
        self.requests = requests
        self.warmupRequests = Int(Double(requests) * Self.warmupFraction)
        self.responses = BatchedLatency(expected: requests - warmupRequests)
        self.service = .exponential(mean: serviceMs)
        self.arrivals = ArrivalStream(profile: .constant(perSecond: rate), random: random.fork(), limit: requests)
        self.random = random.fork()
        self.pool = WorkerPool(workers: servers)
    }

    var measuring: Bool { arrivals.count > warmupRequests }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        if measuring { areaInSystem += Double(pool.inSystem) * Double((now - lastChange).nanoseconds) }
        lastChange = now
        switch event {
        case .arrival:
            arrivals.arrive(.arrival, scheduler: &scheduler)
            if arrivals.count == warmupRequests + 1 { measuredFrom = now }
            if pool.arrive(Int(now.nanoseconds)) == .started { startService(arrivedAt: now, scheduler: &scheduler) }
        case .departure(let arrivedAt):
            if arrivedAt >= measuredFrom && measuring {
                completed += 1
                responses.record(now - arrivedAt)
            }
            if let next = pool.finish() {
                startService(arrivedAt: SimTime(nanoseconds: Int64(next)), scheduler: &scheduler)
            }
        }
    }

    private mutating func startService(arrivedAt: SimTime, scheduler: inout Scheduler<Event>) {
        let duration = SimTime(nanoseconds: max(1, Int64(service.sample(using: &random) * 1e6)))
        if measuring {
            if arrivedAt >= measuredFrom { waits.add((scheduler.now - arrivedAt).milliseconds) }
            busyTime += Double(duration.nanoseconds)
        }
        scheduler.schedule(.departure(arrivedAt: arrivedAt), after: duration)
    }
}
