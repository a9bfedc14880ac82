/// Consistent hashing: each shard owns many points (virtual nodes) on a ring of 64-bit hashes,
/// and a key belongs to the first point clockwise from its hash.
package struct HashRing: Sendable {
    /// The points' hashes in ascending order, and the shard owning each, index for index.
    // NB: two flat arrays searched through their buffers, not an array of tuples: lookups were 25% of a
    // `sharding` sweep (callgrind).
    private let hashes: [UInt64]
    private let owners: [Int32]

    /// A ring of `shards` shards with `virtualNodes` points each.
    /// - Complexity: O(s·v log(s·v)) to build.
    package init(shards: Int, virtualNodes: Int) {
        precondition(
            shards > 0 && virtualNodes > 0, "a ring needs shards and virtual nodes: \(shards), \(virtualNodes)")
        var points: [(hash: UInt64, shard: Int32)] = []
        points.reserveCapacity(shards * virtualNodes)
        for shard in 0..<shards {
            for node in 0..<virtualNodes {
                // NB: hashed through the shard's own hash first, so points never reuse the inputs keys
                // are hashed from (key k and point k of shard 0 would otherwise land on the same spot).
                points.append((StableHash.of(StableHash.of(UInt64(shard)) &+ UInt64(node)), Int32(shard)))
            }
        }
        points.sort { $0.hash < $1.hash }
        hashes = points.map(\.hash)
        owners = points.map(\.shard)
    }

    /// The shard that owns a key hash: the first point at or after it, wrapping to the first point.
    /// - Complexity: O(log(s·v)).
    package func shard(forHash hash: UInt64) -> Int {
        hashes.withUnsafeBufferPointer { hashes in
            var low = 0
            var high = hashes.count
            while low < high {
                let middle = (low &+ high) / 2
                if hashes[middle] < hash { low = middle &+ 1 } else { high = middle }
            }
            return Int(owners[low == hashes.count ? 0 : low])
        }
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
