import MiniCluster

/// The document's order flow: save the order, then send the e-mail either inside the request
/// (`sync`) or through a message queue drained by consumers (`async`), with a burst of orders
/// and an e-mail outage.
///
/// Assumptions: the order API has `threads` threads and an accept queue of `acceptQueue` orders;
/// an order that finds the queue full fails at once. Inline, a thread holds the order for the save
/// and the send (up to the send timeout; a timed-out or refused send fails the order). Queued, it
/// holds it for the save and the publish only. A consumer that times out on a send does not
/// acknowledge it, yet a send slower than the timeout still reaches the customer, so the queue's
/// redelivery after the visibility timeout sends that e-mail twice (at-least-once). Times are exponential.
struct QueueModel: SimulationModel {
    enum Event {
        case order
        /// Order `id` leaves its thread; `failed` says whether the customer got an error.
        case orderDone(id: Int, failed: Bool)
        /// A consumer finished an attempt to send message `id`: `acknowledged` if it saw success,
        /// `mailed` if the e-mail reached the customer.
        case sent(consumer: Int, id: Int, enqueuedAt: SimTime, acknowledged: Bool, mailed: Bool)
        /// An unacknowledged message's visibility timeout passes: idle consumers look again.
        case wake
    }

    struct Setup {
        let async: Bool
        let orders: RateProfile
        let dbMs: Double, emailMs: Double, timeoutMs: Double
        let threads: Int
        let consumers: Int
        let outage: Range<SimTime>
        let stopOrders: SimTime
        let visibility: SimTime
    }

    static let publishMs = 1.0
    static let acceptQueue = 100

    let setup: Setup
    var arrivals: ArrivalStream
    var random: RandomSource
    var pool: WorkerPool
    var queue: MessageQueue
    var idle: [Int]
    var wakeAt: SimTime?
    var nextOrder = 0
    var arrivedAt: [Int: SimTime] = [:]
    var orders: BatchedLatency
    var ordersFailed = 0, ordersRejected = 0, outageFailures = 0
    var mailed = Set<Int>()
    var duplicates = 0
    var emailLag = LatencyRecorder()
    var maxBacklog = 0, maxWaiting = 0
    var drainedAt: SimTime?
    var backlog = TimeSeries(interval: .seconds(1))

    init(setup: Setup, seed: UInt64) {
        var root = RandomSource(seed: seed)
        self.setup = setup
        arrivals = ArrivalStream(profile: setup.orders, random: root.fork(), until: setup.stopOrders)
        random = root.fork()
        pool = WorkerPool(workers: setup.threads, queueCapacity: Self.acceptQueue)
        orders = BatchedLatency(expected: max(1, Int(Self.expectedOrders(setup))))

        queue = MessageQueue(visibilityTimeout: setup.visibility)
        idle = Array((0..<setup.consumers).reversed())
    }

    func emailIsDown(at time: SimTime) -> Bool { setup.outage.contains(time) }

    /// Orders the profile brings on average before orders stop, to size the latency batches.
    static func expectedOrders(_ setup: Setup) -> Double {
        let stop = setup.stopOrders
        guard case .spike(let base, let peak, let from, let to) = setup.orders else {
            return setup.orders.peak * stop.seconds
        }
        return base * stop.seconds + (peak - base) * max(0, (min(to, stop) - min(from, stop)).seconds)
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        switch event {
        case .order:
            arrivals.arrive(.order, scheduler: &scheduler)
            takeOrder(at: now, scheduler: &scheduler)
        case .orderDone(let id, let failed):
            finishOrder(id, failed: failed, scheduler: &scheduler)
        case .sent(let consumer, let id, let enqueuedAt, let acknowledged, let mailed):
            if mailed { mail(id, enqueuedAt: enqueuedAt, at: now) }
            if acknowledged { queue.acknowledge(id) }
            _ = consume(consumer, at: now, scheduler: &scheduler)
        case .wake:
            wakeAt = nil
            while let consumer = idle.popLast(), consume(consumer, at: now, scheduler: &scheduler) {}
        }
        maxBacklog = max(maxBacklog, queue.backlog)
        backlog.add(Double(queue.backlog), at: now)
        if drainedAt == nil, now >= setup.outage.upperBound, queue.backlog == 0 { drainedAt = now }
    }

    private mutating func takeOrder(at now: SimTime, scheduler: inout Scheduler<Event>) {
        let id = nextOrder
        nextOrder += 1
        arrivedAt[id] = now
        switch pool.arrive(id) {
        case .started: begin(id, scheduler: &scheduler)
        case .queued: maxWaiting = max(maxWaiting, pool.queue.count)
        case .rejected:
            ordersRejected += 1
            finishOrder(id, failed: true, scheduler: &scheduler, holdsThread: false)
        }
    }

    /// A thread takes order `id`: the save, then the inline send or the publish.
    private mutating func begin(_ id: Int, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        let save = Distribution.exponential(mean: setup.dbMs).sample(using: &random)
        guard !setup.async else {
            scheduler.schedule(.orderDone(id: id, failed: false), after: .milliseconds(save + Self.publishMs))
            return
        }
        let start = now + .milliseconds(save)
        let send =
            emailIsDown(at: start) ? .infinity : Distribution.exponential(mean: setup.emailMs).sample(using: &random)
        let failed = send > setup.timeoutMs
        scheduler.schedule(.orderDone(id: id, failed: failed), after: .milliseconds(save + min(send, setup.timeoutMs)))
    }

    private mutating func finishOrder(
        _ id: Int, failed: Bool, scheduler: inout Scheduler<Event>, holdsThread: Bool = true
    ) {
        let now = scheduler.now
        guard let arrival = arrivedAt.removeValue(forKey: id) else { preconditionFailure("order \(id) finished twice") }
        orders.record(now - arrival)
        if failed { ordersFailed += 1 }
        if failed, emailIsDown(at: arrival) { outageFailures += 1 }
        if setup.async, !failed {
            queue.publish(id: id, at: now)
            if let consumer = idle.popLast() { _ = consume(consumer, at: now, scheduler: &scheduler) }
        }
        if holdsThread, let next = pool.finish() { begin(next, scheduler: &scheduler) }
    }

    private mutating func mail(_ id: Int, enqueuedAt: SimTime, at now: SimTime) {
        guard mailed.insert(id).inserted else {
            duplicates += 1
            return
        }
        emailLag.record(now - enqueuedAt)
    }

    /// A free consumer takes the next message and returns true, or goes idle (waking at the next
    /// redelivery when messages are in flight) and returns false.
    private mutating func consume(_ consumer: Int, at now: SimTime, scheduler: inout Scheduler<Event>) -> Bool {
        guard let message = queue.receive(at: now) else {
            idle.append(consumer)
            if let expiry = queue.nextRedelivery, wakeAt.map({ expiry < $0 }) ?? true {
                wakeAt = expiry
                scheduler.schedule(.wake, at: expiry)
            }
            return false
        }
        if emailIsDown(at: now) {
            scheduler.schedule(
                .sent(
                    consumer: consumer, id: message.id, enqueuedAt: message.enqueuedAt, acknowledged: false,
                    mailed: false),
                after: .milliseconds(setup.timeoutMs))
        } else {
            let send = Distribution.exponential(mean: setup.emailMs).sample(using: &random)
            let inTime = send <= setup.timeoutMs
            scheduler.schedule(
                .sent(
                    consumer: consumer, id: message.id, enqueuedAt: message.enqueuedAt, acknowledged: inTime,
                    mailed: true),
                after: .milliseconds(min(send, setup.timeoutMs)))
        }
        return true
    }
}
