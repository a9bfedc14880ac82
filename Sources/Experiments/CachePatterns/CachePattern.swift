/// How an application keeps a cache and its database together.
enum CachePattern: String, CaseIterable {
    /// The app reads the cache, reads the database on a miss and fills; a write goes to the
    /// database and deletes the cached copy.
    case aside
    /// A write goes to the cache, which writes the database before it acknowledges and keeps the copy.
    case through
    /// A write goes to the cache, which acknowledges at once and flushes to the database in batches.
    case behind
    /// As cache-aside, and a read late in an entry's life refreshes it in the background.
    case refresh

    /// Whether a write waits for the database before it is acknowledged.
    var writesDatabaseFirst: Bool { self != .behind }
    /// Whether a write leaves its new value in the cache (rather than deleting the copy).
    var keepsWrittenCopy: Bool { self == .through || self == .behind }
}
