/// Consistent hashing: each shard owns many points (virtual nodes) on a ring of 64-bit hashes,
/// and a key belongs to the first point clockwise from its hash.
package struct HashRing: Sendable {
    /// The points' hashes in ascending order, and the shard owning each, index for index.
    private let hashes: [UInt64]
    private let owners: [Int32]
    /// `guide[b]`: the first point whose hash is at least `b << shift`, so a lookup scans only the
    /// points of its hash's top bits (about one; Devroye's guide table, as `ZipfDistribution` uses).
    // NB: a binary search over the points was 19% of a `sharding` sweep (callgrind).
    private let guide: [Int32]
    private let shift: UInt64

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
        let bits = max(1, Int.bitWidth - (points.count - 1).leadingZeroBitCount)
        shift = UInt64(UInt64.bitWidth - bits)
        var first = 0
        guide =
            (0..<(1 << bits)).map { [shift] bucket in
                while first < points.count && points[first].hash < UInt64(bucket) << shift { first += 1 }
                return Int32(first)
            } + [Int32(points.count)]
    }

    /// The shard that owns a key hash: the first point at or after it, wrapping to the first point.
    /// - Complexity: O(1) expected.
    package func shard(forHash hash: UInt64) -> Int {
        hashes.withUnsafeBufferPointer { hashes in
            guide.withUnsafeBufferPointer { guide in
                let bucket = Int(hash >> shift)
                var index = Int(guide[bucket])
                let end = Int(guide[bucket + 1])
                while index < end && hashes[index] < hash { index += 1 }
                return Int(owners[index == hashes.count ? 0 : index])
            }
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
