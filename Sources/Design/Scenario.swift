/// What happens to a design during a run, as `scenario=` spells it: `spike x3 at 10s`,
/// `kill DB_M at 5s`, `slow App1 x4 at 2s`, `lose-region east at 5s`, `partition App1+DB_M|DB_S at 5s for 10s`, `cold-cache`, several joined by `,`.
package struct Scenario: Sendable, Hashable {
    /// One event of a scenario; times are seconds from the start of the measured run.
    package enum Event: Sendable, Hashable {
        /// The arrival rate is multiplied by `factor` from `at` for `lasting` seconds.
        case spike(factor: Double, at: Double, lasting: Double)
        /// The node crashes at `at` (a primary's first replica takes over after the detection delay).
        /// `NODE` may be a kind (`app`, `primary`): the first node of that kind.
        case kill(node: String, at: Double)
        /// The node's service time is multiplied by `factor` from `at`.
        case slow(node: String, factor: Double, at: Double)
        /// Every node of `region` crashes at `at` (primaries fail over to replicas elsewhere).
        case loseRegion(region: String, at: Double)
        /// The network splits the nodes of `sides[0]` from those of `sides[1]` (ids or regions) from `at` for
        /// `lasting` seconds: synchronous calls across fail, asynchronous replication across waits and lags.
        case partition(sides: [[String]], at: Double, lasting: Double)
        /// Caches start empty and the run is measured from the first request.
        case coldCache
    }

    package var events: [Event]
    /// The scenario as written.
    package var text: String

    package init(events: [Event], text: String) {
        self.events = events
        self.text = text
    }

    package var coldCache: Bool { events.contains(.coldCache) }
}
