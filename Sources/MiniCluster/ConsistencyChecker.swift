/// Checks a history of register operations for stale reads.
///
/// A read is stale when it returns a write older than the newest write that had been
/// acknowledged before the read began. Operations are recorded in time order.
package struct ConsistencyChecker: Sendable {
    /// The newest acknowledged write so far, by version (versions grow with time).
    private var latestAcknowledged: Int = 0
    package private(set) var reads = 0
    package private(set) var staleReads = 0
    /// How far behind the stale reads were, in versions, summed.
    package private(set) var versionsBehind = 0

    package init() {}

    /// Records that write `version` was acknowledged to its client.
    package mutating func acknowledged(write version: Int) {
        latestAcknowledged = max(latestAcknowledged, version)
    }

    /// Records a read that returned `version` (0 for the initial value); returns whether it was stale.
    @discardableResult
    package mutating func read(returned version: Int) -> Bool {
        reads += 1
        guard version < latestAcknowledged else { return false }
        staleReads += 1
        versionsBehind += latestAcknowledged - version
        return true
    }
}
