import MiniCluster

/// The document's order flow: save the order, then send the e-mail either inside the request
/// (`sync`) or through a message queue drained by consumers (`async`), with a burst of orders
/// and an e-mail outage.
struct QueueModel: SimulationModel {
    enum Event {
        case order
        /// A consumer finished an attempt to send message `id`.
        case sent(consumer: Int, id: Int, ok: Bool)
        case poll(consumer: Int)
    }

    struct Setup {
        let async: Bool
        let orders: RateProfile
        let dbMs: Double, emailMs: Double, timeoutMs: Double
        let consumers: Int
        let outage: Range<SimTime>
        let stopOrders: SimTime
        let visibility: SimTime
    }

    static let publishMs = 1.0
    static let pollInterval = SimTime.milliseconds(100)

    let setup: Setup
    var arrivals: PoissonArrivals
    var random: RandomSource
    var queue: MessageQueue
    var idle: [Int]
    var nextOrder = 0
    var orders = LatencyRecorder()
    var ordersFailed = 0
    var delivered = Set<Int>()
    var duplicates = 0
    var emailLag = LatencyRecorder()
    var maxBacklog = 0
    var drainedAt: SimTime?
    var backlog = TimeSeries(interval: .seconds(1))

    init(setup: Setup, seed: UInt64) {
        var root = RandomSource(seed: seed)
        self.setup = setup
        arrivals = PoissonArrivals(profile: setup.orders, random: root.fork())
        random = root.fork()
        queue = MessageQueue(visibilityTimeout: setup.visibility)
        idle = Array((0..<setup.consumers).reversed())
    }

    func emailIsDown(at time: SimTime) -> Bool { setup.outage.contains(time) }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        switch event {
        case .order:
            let next = arrivals.next(after: now)
            if next < setup.stopOrders { scheduler.schedule(.order, at: next) }
            takeOrder(at: now, scheduler: &scheduler)
        case .sent(let consumer, let id, let ok):
            if ok {
                queue.acknowledge(id)
                if !delivered.insert(id).inserted { duplicates += 1 }
            }
            consume(consumer, at: now, scheduler: &scheduler)
        case .poll(let consumer):
            consume(consumer, at: now, scheduler: &scheduler)
        }
        maxBacklog = max(maxBacklog, queue.backlog)
        backlog.add(Double(queue.backlog), at: now)
        if drainedAt == nil, now >= setup.outage.upperBound, queue.backlog == 0 { drainedAt = now }
    }

    private mutating func takeOrder(at now: SimTime, scheduler: inout Scheduler<Event>) {
        let id = nextOrder
        nextOrder += 1
        let save = Distribution.exponential(mean: setup.dbMs).sample(using: &random)
        guard setup.async else {
            if emailIsDown(at: now) {
                ordersFailed += 1
                orders.record(.milliseconds(save + setup.timeoutMs))
            } else {
                orders.record(.milliseconds(save + Distribution.exponential(mean: setup.emailMs).sample(using: &random)))
            }
            return
        }
        orders.record(.milliseconds(save + Self.publishMs))
        queue.publish(id: id, at: now)
        if let consumer = idle.popLast() { consume(consumer, at: now, scheduler: &scheduler) }
    }

    /// A free consumer takes the next message, or waits a poll interval when there is none.
    private mutating func consume(_ consumer: Int, at now: SimTime, scheduler: inout Scheduler<Event>) {
        guard let message = queue.receive(at: now) else {
            if queue.backlog > 0 { scheduler.schedule(.poll(consumer: consumer), after: Self.pollInterval) } else { idle.append(consumer) }
            return
        }
        if emailIsDown(at: now) {
            scheduler.schedule(.sent(consumer: consumer, id: message.id, ok: false), after: .milliseconds(setup.timeoutMs))
        } else {
            let duration = SimTime.milliseconds(Distribution.exponential(mean: setup.emailMs).sample(using: &random))
            emailLag.record(now + duration - message.enqueuedAt)
            scheduler.schedule(.sent(consumer: consumer, id: message.id, ok: true), after: duration)
        }
    }
}
