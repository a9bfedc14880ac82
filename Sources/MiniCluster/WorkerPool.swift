import DequeModule

/// A server: `workers` that each serve one request at a time, and a bounded FIFO queue in front.
///
/// The pool holds request ids only; the model keeps what it needs per request and schedules the
/// completion events the pool asks for.
package struct WorkerPool: Sendable {
    /// What happened to an arriving request.
    package enum Admission: Equatable, Sendable {
        /// A worker took it: schedule its completion.
        case started
        /// It waits in the queue.
        case queued
        /// The queue was full, or the server is down.
        case rejected
    }

    package let workers: Int
    package let queueCapacity: Int
    package private(set) var busy = 0
    package private(set) var queue = Deque<Int>()
    package private(set) var isUp = true
    /// Multiplies service times: 1 is normal, 3 is three times slower.
    package var slowdown = 1.0

    package init(workers: Int, queueCapacity: Int = .max) {
        precondition(workers > 0, "a pool needs at least one worker, got \(workers)")
        self.workers = workers
        self.queueCapacity = queueCapacity
    }

    /// Requests being served or waiting.
    package var inSystem: Int { busy + queue.count }

    /// Offers request `id` to the pool.
    /// - Complexity: O(1).
    package mutating func arrive(_ id: Int) -> Admission {
        guard isUp else { return .rejected }
        if busy < workers { busy += 1; return .started }
        guard queue.count < queueCapacity else { return .rejected }
        queue.append(id)
        return .queued
    }

    /// A worker finished; returns the queued request it starts next, if any.
    /// - Complexity: O(1).
    package mutating func finish() -> Int? {
        precondition(busy > 0, "finish() with no busy worker")
        if let next = queue.popFirst() { return next }
        busy -= 1
        return nil
    }

    /// Removes a waiting request (its caller gave up); false if it was not waiting.
    package mutating func abandon(_ id: Int) -> Bool {
        guard let index = queue.firstIndex(of: id) else { return false }
        queue.remove(at: index)
        return true
    }

    /// The server goes down: returns the queued ids, which fail; requests in service fail too
    /// (the model knows them). Nothing is admitted until `recover()`.
    package mutating func crash() -> [Int] {
        isUp = false
        busy = 0
        defer { queue.removeAll() }
        return Array(queue)
    }

    package mutating func recover() {
        isUp = true
    }
}
