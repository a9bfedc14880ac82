import MiniCluster

extension CachePatternsModel {
    /// A write of `key`: the pattern decides what the writer waits for and where the value goes.
    mutating func write(_ key: Int, at now: SimTime) {
        writesAcked += 1
        versions[key] += 1
        guard setup.pattern.writesDatabaseFirst else {
            if unflushed[key] == 0 { dirty.append(key) }
            unflushed[key] += 1
            fill(key, version: versions[key], at: now)
            writeLatency.record(Self.cacheTime)
            return
        }
        stored[key] = versions[key]
        dbWrites += 1
        if setup.pattern.keepsWrittenCopy {
            fill(key, version: versions[key], at: now)
        } else {
            cache.remove(key)
            ledger.removed(key, at: now)
        }
        writeLatency.record(Self.cacheTime + setup.dbTime)
    }

    /// Write-behind: one database write per dirty key carries its latest value, however many
    /// writes it had since the last flush.
    mutating func flush(at now: SimTime) {
        for key in dirty {
            stored[key] = versions[key]
            unflushed[key] = 0
        }
        dbWrites += dirty.count
        dirty.removeAll()
    }

    /// The cache dies and restarts empty. Writes it had acknowledged but not flushed are gone:
    /// the database's value is the truth again.
    mutating func crash(at now: SimTime) {
        crashed = true
        for key in dirty {
            lostWrites += unflushed[key]
            versions[key] = stored[key]
            unflushed[key] = 0
        }
        dirty.removeAll()
        cache = LRUCache(capacity: setup.keys)
        for key in 0..<setup.keys { ledger.removed(key, at: now) }
    }
}
