/// Consistent hashing: each shard owns many points (virtual nodes) on a ring of 64-bit hashes,
/// and a key belongs to the first point clockwise from its hash.
package struct HashRing: Sendable {
    private var points: [(hash: UInt64, shard: Int)] = []

    /// A ring of `shards` shards with `virtualNodes` points each.
    /// - Complexity: O(s·v log(s·v)) to build.
    package init(shards: Int, virtualNodes: Int) {
        precondition(
            shards > 0 && virtualNodes > 0, "a ring needs shards and virtual nodes: \(shards), \(virtualNodes)")
        for shard in 0..<shards {
            for node in 0..<virtualNodes {
                // NB: hashed through the shard's own hash first, so points never reuse the inputs keys
                // are hashed from (key k and point k of shard 0 would otherwise land on the same spot).
                points.append((StableHash.of(StableHash.of(UInt64(shard)) &+ UInt64(node)), shard))
            }
        }
        points.sort { $0.hash < $1.hash }
    }

    /// The shard that owns a key hash.
    /// - Complexity: O(log(s·v)).
    package func shard(forHash hash: UInt64) -> Int {
        var low = 0
        var high = points.count
        while low < high {
            let middle = (low + high) / 2
            if points[middle].hash < hash { low = middle + 1 } else { high = middle }
        }
        return points[low == points.count ? 0 : low].shard
    }
}

/// A hash that is the same on every run and machine (Swift's `Hasher` is seeded per process).
package enum StableHash {
    /// The splitmix64 finaliser of `value`.
    package static func of(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
