import MiniCluster

/// An M/M/c system: Poisson arrivals into one FIFO queue served by `servers` workers.
struct LoadModel: SimulationModel {
    enum Event {
        case arrival
        /// A worker finishes the request that arrived at `arrivedAt`.
        case departure(arrivedAt: SimTime)
    }

    let requests: Int
    let service: Distribution
    var arrivals: PoissonArrivals
    var random: RandomSource
    var pool: WorkerPool

    var arrived = 0
    var completed = 0
    var responses = LatencyRecorder()
    var totalWait = 0.0
    var busyTime = 0.0
    var areaInSystem = 0.0
    var lastChange = SimTime.zero

    init(servers: Int, rate: Double, serviceMs: Double, requests: Int, seed: UInt64) {
        var random = RandomSource(seed: seed)
        self.requests = requests
        self.service = .exponential(mean: serviceMs)
        self.arrivals = PoissonArrivals(profile: .constant(perSecond: rate), random: random.fork())
        self.random = random.fork()
        self.pool = WorkerPool(workers: servers)
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        areaInSystem += Double(pool.inSystem) * Double((now - lastChange).nanoseconds)
        lastChange = now
        switch event {
        case .arrival:
            arrived += 1
            if arrived < requests { scheduler.schedule(.arrival, at: arrivals.next(after: now)) }
            if pool.arrive(Int(now.nanoseconds)) == .started { startService(arrivedAt: now, scheduler: &scheduler) }
        case .departure(let arrivedAt):
            completed += 1
            responses.record(now - arrivedAt)
            if let next = pool.finish() { startService(arrivedAt: SimTime(nanoseconds: Int64(next)), scheduler: &scheduler) }
        }
    }

    private mutating func startService(arrivedAt: SimTime, scheduler: inout Scheduler<Event>) {
        let wait = scheduler.now - arrivedAt
        totalWait += Double(wait.nanoseconds)
        let duration = SimTime(nanoseconds: max(1, Int64(service.sample(using: &random) * 1e6)))
        busyTime += Double(duration.nanoseconds)
        scheduler.schedule(.departure(arrivedAt: arrivedAt), after: duration)
    }
}
