/// Pending events ordered by (time, insertion sequence), so ties run in the order they were scheduled.
///
/// A binary min-heap kept in one array and moved with holes rather than swaps: each push and pop
/// compares keys only, and (time, sequence) is unique, so the order never depends on the heap's shape.
public struct EventQueue<Event> {
    @usableFromInline
    struct Entry {
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
        func precedes(_ other: Entry) -> Bool {
            time != other.time ? time < other.time : sequence < other.sequence
        }
    }

    @usableFromInline var entries: [Entry] = []
    @usableFromInline var nextSequence: UInt64 = 0

    public init() {}

    @inlinable public var count: Int { entries.count }
    @inlinable public var isEmpty: Bool { entries.isEmpty }

    /// Adds `event` at `time`; returns its sequence number, which identifies it for cancelling.
    /// - Complexity: O(log n).
    @inlinable @inline(__always) @discardableResult
    public mutating func push(_ event: Event, at time: SimTime) -> UInt64 {
        let sequence = nextSequence
        nextSequence &+= 1
        let entry = Entry(time: time.nanoseconds, sequence: sequence, event: event)
        entries.append(entry)
        entries.withUnsafeMutableBufferPointer { slots in
            var hole = slots.count - 1
            while hole > 0 {
                let parent = (hole - 1) / 2
                guard entry.precedes(slots[parent]) else { break }
                slots[hole] = slots[parent]
                hole = parent
            }
            slots[hole] = entry
        }
        return sequence
    }

    /// The earliest event's time, if any.
    @inlinable
    public var nextTime: SimTime? { entries.first.map { SimTime(nanoseconds: $0.time) } }

    /// Removes and returns the earliest event.
    /// - Complexity: O(log n).
    @inlinable
    public mutating func pop() -> (time: SimTime, sequence: UInt64, event: Event)? {
        guard let first = entries.first else { return nil }
        let last = entries.removeLast()
        if !entries.isEmpty { sink(last) }
        return (SimTime(nanoseconds: first.time), first.sequence, first.event)
    }

    /// Puts `entry` in the root's hole and moves it to its place: the hole first goes down to a leaf
    /// along the earlier children, then `entry` (the last entry, so usually late) moves up from there.
    // NB: one comparison a level on the way down instead of two (Floyd's bottom-up sift); a pop of the
    // 65 events of `run scale`'s 64-core machine walks six levels.
    @inlinable
    mutating func sink(_ entry: Entry) {
        entries.withUnsafeMutableBufferPointer { slots in
            let count = slots.count
            var hole = 0
            while true {
                var child = 2 * hole + 1
                guard child < count else { break }
                if child + 1 < count, slots[child + 1].precedes(slots[child]) { child += 1 }
                slots[hole] = slots[child]
                hole = child
            }
            while hole > 0 {
                let parent = (hole - 1) / 2
                guard entry.precedes(slots[parent]) else { break }
                slots[hole] = slots[parent]
                hole = parent
            }
            slots[hole] = entry
        }
    }
}
