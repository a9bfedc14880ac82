/// Which state a component was in, and from when: a list of changes, merged when the state repeats.
package struct StateTimeline: Sendable {
    package struct Change: Sendable, Hashable {
        package let time: SimTime
        package let state: Int
    }

    package private(set) var changes: [Change] = []

    package init(initial state: Int) {
        changes = [Change(time: .zero, state: state)]
    }

    package var current: Int { changes[changes.count - 1].state }

    /// Records that the component entered `state` at `time`.
    package mutating func enter(_ state: Int, at time: SimTime) {
        guard state != current else { return }
        precondition(time >= changes[changes.count - 1].time, "state change at \(time) is before the previous one")
        changes.append(Change(time: time, state: state))
    }

    /// `(start, end, state)` segments up to `end`.
    package func segments(until end: SimTime) -> [(start: SimTime, end: SimTime, state: Int)] {
        changes.indices.map { index in
            (changes[index].time, index + 1 < changes.count ? changes[index + 1].time : end, changes[index].state)
        }
    }

    /// Time spent in `state` up to `end`.
    package func duration(in state: Int, until end: SimTime) -> SimTime {
        segments(until: end).filter { $0.state == state }.reduce(.zero) { $0 + ($1.end - $1.start) }
    }
}
