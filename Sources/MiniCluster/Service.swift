import DequeModule

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
// NB: `public` + `@inlinable` like the engine (see Simulation.swift): as a `package` generic, its
// metadata was created at run time on every call, 47% of `run bulkhead sweep=payment_rate`.
public struct Service<Payload: Sendable>: Sendable {
    /// What a caller got.
    public struct Answer: Sendable {
        public let payload: Payload
        public let arrivedAt: SimTime
        /// The time until the answer, at most the client timeout.
        public let latency: SimTime
        /// Whether the answer came in time and did not fail.
        public let succeeded: Bool

        @usableFromInline init(payload: Payload, arrivedAt: SimTime, latency: SimTime, succeeded: Bool) {
            self.payload = payload
            self.arrivedAt = arrivedAt
            self.latency = latency
            self.succeeded = succeeded
        }
    }

    /// What happened to an arriving request.
    public enum Admission: Sendable {
        /// A worker took request `id`: schedule its work.
        case started(Int)
        /// Request `id` waits in its lane's queue.
        case queued(Int)
        /// The lane's queue was full: the caller got a failure at once.
        case rejected(Answer)
    }

    /// What a finished request leaves behind.
    public struct Handoff: Sendable {
        /// The finished request's answer.
        public let answer: Answer
        /// Waiting requests whose callers had given up, answered as failures in queue order.
        public let abandoned: [Answer]
        /// The request the freed worker starts next: schedule its work.
        public let next: Int?

        @usableFromInline init(answer: Answer, abandoned: [Answer], next: Int?) {
            self.answer = answer
            self.abandoned = abandoned
            self.next = next
        }
    }

    @usableFromInline struct Pending: Sendable {
        @usableFromInline let payload: Payload
        @usableFromInline let arrivedAt: SimTime
        @usableFromInline let lane: Int

        @usableFromInline init(payload: Payload, arrivedAt: SimTime, lane: Int) {
            self.payload = payload
            self.arrivedAt = arrivedAt
            self.lane = lane
        }
    }

    public let clientTimeout: SimTime
    public let callTimeout: SimTime
    @usableFromInline var lanes: [WorkerPool]
    @usableFromInline var pending: [Int: Pending] = [:]
    @usableFromInline var nextID = 0

    /// A service with one worker pool per lane; `callTimeout` defaults to the client's.
    public init(lanes: [WorkerPool], clientTimeout: SimTime, callTimeout: SimTime? = nil) {
        precondition(!lanes.isEmpty, "a service needs at least one lane")
        self.lanes = lanes
        self.clientTimeout = clientTimeout
        self.callTimeout = callTimeout ?? clientTimeout
    }

    /// The payload of request `id`, which has not finished yet.
    @inlinable public func payload(_ id: Int) -> Payload {
        guard let request = pending[id] else { preconditionFailure("request \(id) is not in the service") }
        return request.payload
    }

    /// Requests waiting in `lane`'s queue.
    @inlinable public func waiting(lane: Int = 0) -> Int { lanes[lane].queue.count }

    /// Offers a request to `lane`.
    /// - Complexity: O(1).
    @discardableResult
    @inlinable public mutating func arrive(_ payload: Payload, lane: Int = 0, at now: SimTime) -> Admission {
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
    @inlinable public mutating func finish(_ id: Int, failed: Bool, at now: SimTime) -> Handoff {
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
    @inlinable public func call(taking duration: SimTime, failed: Bool) -> (duration: SimTime, failed: Bool) {
        duration >= callTimeout ? (callTimeout, true) : (duration, failed)
    }

    @inlinable mutating func answer(_ id: Int, failed: Bool, at now: SimTime) -> Answer {
        guard let request = pending.removeValue(forKey: id) else { preconditionFailure("request \(id) answered twice") }
        let waited = now - request.arrivedAt
        return Answer(
            payload: request.payload, arrivedAt: request.arrivedAt, latency: min(waited, clientTimeout),
            succeeded: !failed && waited < clientTimeout)
    }
}
