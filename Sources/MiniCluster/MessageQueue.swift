import DequeModule

/// A FIFO message queue with at-least-once delivery: a message handed to a consumer stays
/// "in flight" until acknowledged; if not acknowledged within the visibility timeout it is
/// delivered again, so a consumer may see it twice.
package struct MessageQueue: Sendable {
    package struct Message: Sendable, Hashable {
        package let id: Int
        package let enqueuedAt: SimTime
        package var deliveries: Int
    }

    private var ready = Deque<Message>()
    private var inFlight: [Int: (message: Message, deadline: SimTime)] = [:]
    /// In-flight ids by deadline: deliveries get `now + visibilityTimeout`, so deadlines only grow.
    /// Entries acknowledged or delivered again since are skipped when they reach the front.
    private var deadlines = Deque<(id: Int, deadline: SimTime)>()
    package let visibilityTimeout: SimTime
    package private(set) var published = 0
    package private(set) var acknowledged = 0
    package private(set) var redelivered = 0

    package init(visibilityTimeout: SimTime) {
        self.visibilityTimeout = visibilityTimeout
    }

    /// Messages waiting or being processed and not yet acknowledged.
    package var backlog: Int { ready.count + inFlight.count }

    /// When the next in-flight message becomes deliverable again, if any is in flight.
    /// - Complexity: O(messages in flight).
    package var nextRedelivery: SimTime? {
        mutating get {
            dropStaleDeadlines()
            return deadlines.first?.deadline
        }
    }

    /// Adds a message at the back.
    /// - Complexity: O(1).
    package mutating func publish(id: Int, at time: SimTime) {
        published += 1
        ready.append(Message(id: id, enqueuedAt: time, deliveries: 0))
    }

    /// The next message for a consumer, if any; it is in flight until acknowledged or expired.
    package mutating func receive(at time: SimTime) -> Message? {
        requeueExpired(at: time)
        guard var message = ready.popFirst() else { return nil }
        message.deliveries += 1
        if message.deliveries > 1 { redelivered += 1 }
        inFlight[message.id] = (message, time + visibilityTimeout)
        deadlines.append((message.id, time + visibilityTimeout))
        return message
    }

    /// Marks a message done; false when it had already expired and gone back to the queue.
    @discardableResult
    package mutating func acknowledge(_ id: Int) -> Bool {
        guard inFlight.removeValue(forKey: id) != nil else { return false }
        acknowledged += 1
        return true
    }

    /// Puts messages whose visibility timeout passed back at the front, oldest first.
    private mutating func requeueExpired(at time: SimTime) {
        dropStaleDeadlines()
        guard let first = deadlines.first, first.deadline <= time else { return }
        var expired: [Message] = []
        while let next = deadlines.first, next.deadline <= time {
            deadlines.removeFirst()
            if let entry = inFlight[next.id], entry.deadline == next.deadline { expired.append(entry.message) }
        }
        expired.sort { $0.id < $1.id }
        for message in expired.reversed() {
            inFlight.removeValue(forKey: message.id)
            ready.prepend(message)
        }
    }
}

extension MessageQueue {
    /// Drops front entries whose message was acknowledged or delivered again since.
    private mutating func dropStaleDeadlines() {
        while let first = deadlines.first, inFlight[first.id]?.deadline != first.deadline { deadlines.removeFirst() }
    }
}
