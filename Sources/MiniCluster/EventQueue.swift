import HeapModule

/// Pending events ordered by (time, insertion sequence), so ties run in the order they were scheduled.
public struct EventQueue<Event> {
    @usableFromInline
    struct Entry: Comparable {
        @usableFromInline let time: Int64
        @usableFromInline let sequence: UInt64
        @usableFromInline let event: Event

        @inlinable
        init(time: Int64, sequence: UInt64, event: Event) {
            self.time = time
            self.sequence = sequence
            self.event = event
        }

        @inlinable
        static func < (lhs: Entry, rhs: Entry) -> Bool {
            lhs.time != rhs.time ? lhs.time < rhs.time : lhs.sequence < rhs.sequence
        }
        @inlinable
        static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.time == rhs.time && lhs.sequence == rhs.sequence }
    }

    @usableFromInline var heap = Heap<Entry>()
    @usableFromInline var nextSequence: UInt64 = 0

    public init() {}

    @inlinable public var count: Int { heap.count }
    @inlinable public var isEmpty: Bool { heap.isEmpty }

    /// Adds `event` at `time`; returns its sequence number, which identifies it for cancelling.
    /// - Complexity: O(log n).
    @inlinable @discardableResult
    public mutating func push(_ event: Event, at time: SimTime) -> UInt64 {
        let sequence = nextSequence
        nextSequence &+= 1
        heap.insert(Entry(time: time.nanoseconds, sequence: sequence, event: event))
        return sequence
    }

    /// The earliest event's time, if any.
    @inlinable
    public var nextTime: SimTime? { heap.min.map { SimTime(nanoseconds: $0.time) } }

    /// Removes and returns the earliest event.
    /// - Complexity: O(log n).
    @inlinable
    public mutating func pop() -> (time: SimTime, sequence: UInt64, event: Event)? {
        guard let entry = heap.popMin() else { return nil }
        return (SimTime(nanoseconds: entry.time), entry.sequence, entry.event)
    }
}
