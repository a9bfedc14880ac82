import MiniCluster
import Testing

/// The simplest LRU there is: an array, most recently used first.
private struct ArrayLRU {
    let capacity: Int
    var entries: [(key: Int, version: Int, expires: SimTime)] = []

    mutating func get(_ key: Int, at now: SimTime) -> Int? {
        guard let index = entries.firstIndex(where: { $0.key == key }) else { return nil }
        let entry = entries.remove(at: index)
        guard entry.expires > now else { return nil }
        entries.insert(entry, at: 0)
        return entry.version
    }

    mutating func put(_ key: Int, version: Int, expires: SimTime) {
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries.remove(at: index)
        } else if entries.count == capacity {
            entries.removeLast()
        }
        entries.insert((key, version, expires), at: 0)
    }

    mutating func remove(_ key: Int) { entries.removeAll { $0.key == key } }
}

@Suite struct LRUCacheModelTests {
    @Test("Across 300 seeds of random gets, puts and removes, LRUCache answers like an array-based LRU")
    func matchesArrayModel() {
        for seed: UInt64 in 1...300 {
            var random = RandomSource(seed: seed)
            let capacity = Int(1 + random.next() % 8)
            var cache = LRUCache(capacity: capacity)
            var model = ArrayLRU(capacity: capacity)
            for step in 0..<400 {
                let key = Int(random.next() % 12)
                let now = SimTime(nanoseconds: Int64(step))
                switch random.next() % 4 {
                case 0, 1:
                    let got = cache.get(key, at: now)
                    let expected = model.get(key, at: now)
                    #expect(got == expected, "seed \(seed), step \(step): get(\(key))")
                case 2:
                    let expires = now + SimTime(nanoseconds: Int64(1 + random.next() % 50))
                    cache.put(key, version: step, expires: expires)
                    model.put(key, version: step, expires: expires)
                default:
                    cache.remove(key)
                    model.remove(key)
                }
                #expect(cache.count == model.entries.count, "seed \(seed), step \(step)")
            }
        }
    }
}
