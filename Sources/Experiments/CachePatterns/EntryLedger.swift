import MiniCluster

/// What became of each cached entry, for the counts the cache itself does not keep: when
/// entries expired (by one-second buckets), and refreshes that no read used before the entry
/// expired or was replaced.
///
/// The cache expires entries lazily, on the next lookup; the ledger knows every entry's expiry
/// time, so it counts an expiry at that time even if no read came to notice it.
struct EntryLedger {
    private var expires: [SimTime?]
    private var refreshedUnread: [Bool]
    private(set) var expirations = TimeSeries(interval: .seconds(1))
    private(set) var wastedRefreshes = 0

    init(keys: Int) {
        expires = Array(repeating: nil, count: keys)
        refreshedUnread = Array(repeating: false, count: keys)
    }

    /// `key` holds a new entry until `until`; `refreshed` when a background refresh put it there.
    mutating func filled(_ key: Int, until: SimTime, at now: SimTime, refreshed: Bool = false) {
        close(key, at: now)
        expires[key] = until
        refreshedUnread[key] = refreshed
    }

    /// `key`'s entry is gone before its time (deleted on write, or the cache died).
    mutating func removed(_ key: Int, at now: SimTime) {
        close(key, at: now)
        expires[key] = nil
    }

    /// A read used `key`'s entry.
    mutating func read(_ key: Int) { refreshedUnread[key] = false }

    /// Closes every entry that expired by `end`; entries still live are not counted.
    /// - Complexity: O(keys).
    mutating func finish(at end: SimTime) {
        for key in expires.indices {
            if let until = expires[key], until <= end { close(key, at: end) }
        }
    }

    private mutating func close(_ key: Int, at now: SimTime) {
        guard let until = expires[key] else { return }
        if until <= now { expirations.add(1, at: until) }
        if refreshedUnread[key] { wastedRefreshes += 1 }
        expires[key] = nil
        refreshedUnread[key] = false
    }
}
