import DequeModule

/// A server: `workers` that each serve one request at a time, and a bounded FIFO queue in front.
///
/// The pool holds request ids only; the model keeps what it needs per request and schedules the
/// completion events the pool asks for.
public struct WorkerPool: Sendable {
    /// What happened to an arriving request.
    public enum Admission: Equatable, Sendable {
        /// A worker took it: schedule its completion.
        case started
        /// It waits in the queue.
        case queued
        /// The queue was full, or the server is down.
        case rejected
    }

    public let workers: Int
    public let queueCapacity: Int
    @usableFromInline var busyWorkers = 0
    @usableFromInline var waiting = Deque<Int>()
    @usableFromInline var up = true

    /// Workers serving a request now.
    @inlinable public var busy: Int { busyWorkers }
    /// Requests waiting, oldest first.
    @inlinable public var queue: Deque<Int> { waiting }
    @inlinable public var isUp: Bool { up }

    public init(workers: Int, queueCapacity: Int = .max) {
        precondition(workers > 0, "a pool needs at least one worker, got \(workers)")
        self.workers = workers
        self.queueCapacity = queueCapacity
    }

    /// Requests being served or waiting.
    @inlinable public var inSystem: Int { busyWorkers + waiting.count }

    /// Offers request `id` to the pool.
    /// - Complexity: O(1).
    @inlinable
    public mutating func arrive(_ id: Int) -> Admission {
        guard up else { return .rejected }
        if busyWorkers < workers {
            busyWorkers += 1
            return .started
        }
        guard waiting.count < queueCapacity else { return .rejected }
        waiting.append(id)
        return .queued
    }

    /// A worker finished; returns the queued request it starts next, if any.
    /// - Complexity: O(1).
    @inlinable
    public mutating func finish() -> Int? {
        precondition(busyWorkers > 0, "finish() with no busy worker")
        if let next = waiting.popFirst() { return next }
        busyWorkers -= 1
        return nil
    }

    /// The server goes down: returns the queued ids, which fail; requests in service fail too
    /// (the model knows them). Nothing is admitted until `recover()`.
    public mutating func crash() -> [Int] {
        up = false
        busyWorkers = 0
        defer { waiting.removeAll() }
        return Array(waiting)
    }

    public mutating func recover() {
        up = true
    }
}
