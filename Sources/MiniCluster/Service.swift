/// A service: workers behind bounded FIFO queues (one pool, or one per lane for a bulkhead),
/// callers who give up after `clientTimeout`, and dependency calls cut at `callTimeout`.
///
/// The service holds the requests; the model schedules the work each one does and tells the
/// service when it ends. An answer after the caller gave up counts as a failure, and a waiting
/// request whose caller gave up frees its worker at once.
///
///     var service = Service<String>(lanes: [WorkerPool(workers: 1)], clientTimeout: .seconds(1))
///     service.arrive("a", at: .zero)                        // .started(0)
///     service.arrive("b", at: .zero)                        // .queued(1)
///     service.finish(0, failed: false, at: .seconds(2))     // a's answer (failed: too late), next 1 -> abandoned
package struct Service<Payload: Sendable>: Sendable {
    /// What a caller got.
    package struct Answer: Sendable {
        package let payload: Payload
        package let arrivedAt: SimTime
        /// The time until the answer, at most the client timeout.
        package let latency: SimTime
        /// Whether the answer came in time and did not fail.
        package let succeeded: Bool
    }

    /// What happened to an arriving request.
    package enum Admission: Sendable {
        /// A worker took request `id`: schedule its work.
        case started(Int)
        /// Request `id` waits in its lane's queue.
        case queued(Int)
        /// The lane's queue was full: the caller got a failure at once.
        case rejected(Answer)
    }

    /// What a finished request leaves behind.
    package struct Handoff: Sendable {
        /// The finished request's answer.
        package let answer: Answer
        /// Waiting requests whose callers had given up, answered as failures in queue order.
        package let abandoned: [Answer]
        /// The request the freed worker starts next: schedule its work.
        package let next: Int?
    }

    private struct Pending {
        let payload: Payload
        let arrivedAt: SimTime
        let lane: Int
    }

    package let clientTimeout: SimTime
    package let callTimeout: SimTime
    private var lanes: [WorkerPool]
    private var pending: [Int: Pending] = [:]
    private var nextID = 0

    /// A service with one worker pool per lane; `callTimeout` defaults to the client's.
    package init(lanes: [WorkerPool], clientTimeout: SimTime, callTimeout: SimTime? = nil) {
        precondition(!lanes.isEmpty, "a service needs at least one lane")
        self.lanes = lanes
        self.clientTimeout = clientTimeout
        self.callTimeout = callTimeout ?? clientTimeout
    }

    /// The payload of request `id`, which has not finished yet.
    package func payload(_ id: Int) -> Payload {
        guard let request = pending[id] else { preconditionFailure("request \(id) is not in the service") }
        return request.payload
    }

    /// Requests waiting in `lane`'s queue.
    package func waiting(lane: Int = 0) -> Int { lanes[lane].queue.count }

    /// Offers a request to `lane`.
    /// - Complexity: O(1).
    @discardableResult
    package mutating func arrive(_ payload: Payload, lane: Int = 0, at now: SimTime) -> Admission {
        let id = nextID
        nextID += 1
        pending[id] = Pending(payload: payload, arrivedAt: now, lane: lane)
        switch lanes[lane].arrive(id) {
        case .started: return .started(id)
        case .queued: return .queued(id)
        case .rejected: return .rejected(answer(id, failed: true, at: now))
        }
    }

    /// Request `id`'s work ended at `now`; its worker moves on to the next waiting request whose
    /// caller still waits.
    /// - Complexity: O(1) plus the abandoned requests skipped.
    package mutating func finish(_ id: Int, failed: Bool, at now: SimTime) -> Handoff {
        guard let lane = pending[id]?.lane else { preconditionFailure("request \(id) finished twice") }
        let finished = answer(id, failed: failed, at: now)
        var abandoned: [Answer] = []
        while let next = lanes[lane].finish() {
            guard let request = pending[next] else { preconditionFailure("request \(next) queued but unknown") }
            if now - request.arrivedAt < clientTimeout {
                return Handoff(answer: finished, abandoned: abandoned, next: next)
            }
            abandoned.append(answer(next, failed: true, at: now))
        }
        return Handoff(answer: finished, abandoned: abandoned, next: nil)
    }

    /// A dependency call that would take `duration`: cut at the call timeout, which fails it.
    package func call(taking duration: SimTime, failed: Bool) -> (duration: SimTime, failed: Bool) {
        duration >= callTimeout ? (callTimeout, true) : (duration, failed)
    }

    private mutating func answer(_ id: Int, failed: Bool, at now: SimTime) -> Answer {
        guard let request = pending.removeValue(forKey: id) else { preconditionFailure("request \(id) answered twice") }
        let waited = now - request.arrivedAt
        return Answer(
            payload: request.payload, arrivedAt: request.arrivedAt, latency: min(waited, clientTimeout),
            succeeded: !failed && waited < clientTimeout)
    }
}
