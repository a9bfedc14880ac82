/// A least-recently-used cache of integer keys with an expiry time per entry.
///
/// Entries live in arrays linked into a recency list and found through an `IntSlotTable`, so every
/// operation is O(1) and nothing depends on a hash order.
package struct LRUCache: Sendable {
    private struct Entry: Sendable {
        var key: Int
        var version: Int
        var expires: SimTime
        var previous: Int
        var next: Int
    }

    package let capacity: Int
    private var index = IntSlotTable()
    private var entries: [Entry] = []
    private var free: [Int] = []
    private var head = -1, tail = -1  // head: most recently used

    package init(capacity: Int) {
        precondition(capacity > 0, "a cache needs room for at least one entry, got \(capacity)")
        self.capacity = capacity
    }

    package var count: Int { index.count }

    /// The cached version of `key` if present and not expired at `now`; marks it recently used.
    /// - Complexity: O(1).
    package mutating func get(_ key: Int, at now: SimTime) -> Int? {
        lookup(key, at: now)?.version
    }

    /// The cached version of `key` and when it expires, if present and not expired at `now`;
    /// marks it recently used.
    /// - Complexity: O(1).
    package mutating func lookup(_ key: Int, at now: SimTime) -> (version: Int, expires: SimTime)? {
        guard let slot = index[key] else { return nil }
        guard entries[slot].expires > now else {
            remove(key)
            return nil
        }
        moveToFront(slot)
        return (entries[slot].version, entries[slot].expires)
    }

    /// Stores `version` of `key` until `expires`, evicting the least recently used entry when full.
    /// - Complexity: O(1).
    package mutating func put(_ key: Int, version: Int, expires: SimTime) {
        if let slot = index[key] {
            entries[slot].version = version
            entries[slot].expires = expires
            moveToFront(slot)
            return
        }
        let slot: Int
        if index.count == capacity {
            slot = tail
            index[entries[slot].key] = nil
            unlink(slot)
        } else if let reusable = free.popLast() {
            slot = reusable
        } else {
            slot = entries.count
            entries.append(Entry(key: key, version: version, expires: expires, previous: -1, next: -1))
        }
        entries[slot] = Entry(key: key, version: version, expires: expires, previous: -1, next: -1)
        index[key] = slot
        linkFront(slot)
    }

    /// Drops `key` (invalidation on write).
    package mutating func remove(_ key: Int) {
        guard let slot = index.removeValue(forKey: key) else { return }
        unlink(slot)
        free.append(slot)
    }

    private mutating func moveToFront(_ slot: Int) {
        guard slot != head else { return }
        unlink(slot)
        linkFront(slot)
    }

    private mutating func linkFront(_ slot: Int) {
        entries[slot].previous = -1
        entries[slot].next = head
        if head >= 0 { entries[head].previous = slot }
        head = slot
        if tail < 0 { tail = slot }
    }

    private mutating func unlink(_ slot: Int) {
        let (previous, next) = (entries[slot].previous, entries[slot].next)
        if previous >= 0 { entries[previous].next = next } else { head = next }
        if next >= 0 { entries[next].previous = previous } else { tail = previous }
        entries[slot].previous = -1
        entries[slot].next = -1
    }
}
