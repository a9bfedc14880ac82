/// The recent calls a circuit breaker judges: the last N calls, or the calls of the last N seconds.
package struct CircuitBreakerWindow: Sendable, Hashable {
    /// How the window chooses its calls.
    package enum Kind: Sendable, Hashable {
        /// The last `size` calls.
        case count(Int)
        /// The calls that ended in the last `seconds` whole seconds of virtual time.
        case time(seconds: Int)
    }

    /// Calls, failures and slow calls of one slot (one call, or one second).
    package struct Tally: Sendable, Hashable {
        package var calls = 0
        package var failures = 0
        package var slow = 0
        var stamp: Int64 = -1
    }

    package let kind: Kind
    private var slots: [Tally]
    private var recorded = 0

    package init(_ kind: Kind) {
        switch kind {
        case .count(let size): precondition(size > 0, "a count window needs at least one call, got \(size)")
        case .time(let seconds): precondition(seconds > 0, "a time window needs at least one second, got \(seconds)")
        }
        self.kind = kind
        slots = Array(repeating: Tally(), count: Self.slotCount(kind))
    }

    /// Adds one finished call.
    /// - Complexity: O(1).
    package mutating func add(failed: Bool, slow: Bool, at time: SimTime) {
        let stamp = self.stamp(at: time)
        let slot = Int(stamp % Int64(slots.count))
        if slots[slot].stamp != stamp { slots[slot] = Tally(stamp: stamp) }
        slots[slot].calls += 1
        if failed { slots[slot].failures += 1 }
        if slow { slots[slot].slow += 1 }
        recorded += 1
    }

    /// The calls inside the window at `time`.
    /// - Complexity: O(size of the window).
    package func totals(at time: SimTime) -> Tally {
        let oldest = oldestLiveStamp(at: time)
        return slots.filter { $0.stamp >= oldest }.reduce(into: Tally()) { sum, slot in
            sum.calls += slot.calls
            sum.failures += slot.failures
            sum.slow += slot.slow
        }
    }

    private func stamp(at time: SimTime) -> Int64 {
        switch kind {
        case .count: return Int64(recorded)
        case .time: return time.nanoseconds / 1_000_000_000
        }
    }

    private func oldestLiveStamp(at time: SimTime) -> Int64 {
        switch kind {
        case .count: return 0
        case .time(let seconds): return time.nanoseconds / 1_000_000_000 - Int64(seconds) + 1
        }
    }

    private static func slotCount(_ kind: Kind) -> Int {
        switch kind {
        case .count(let size): return size
        case .time(let seconds): return seconds
        }
    }
}
