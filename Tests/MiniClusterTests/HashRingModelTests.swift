import MiniCluster
import Testing

@Suite struct HashRingModelTests {
    /// The ring as an unsorted list of points, searched one by one: the owner is the point with the
    /// smallest hash at or after the key's, or the smallest point of all when none is.
    private func referenceOwner(of hash: UInt64, shards: Int, virtualNodes: Int) -> Int {
        var points: [(hash: UInt64, shard: Int)] = []
        for shard in 0..<shards {
            for node in 0..<virtualNodes {
                points.append((StableHash.of(StableHash.of(UInt64(shard)) &+ UInt64(node)), shard))
            }
        }
        let after = points.filter { $0.hash >= hash }
        return (after.min { $0.hash < $1.hash } ?? points.min { $0.hash < $1.hash }!).shard
    }

    @Test("Across 200 seeds, HashRing finds the same owner as a linear search of its points")
    func matchesLinearSearch() {
        for seed: UInt64 in 1...200 {
            var random = RandomSource(seed: seed)
            let shards = Int(1 + random.next() % 6)
            let virtualNodes = Int(1 + random.next() % 10)
            let ring = HashRing(shards: shards, virtualNodes: virtualNodes)
            for _ in 0..<50 {
                let hash = random.next()
                let expected = referenceOwner(of: hash, shards: shards, virtualNodes: virtualNodes)
                #expect(ring.shard(forHash: hash) == expected, "seed \(seed), hash \(hash)")
            }
            #expect(ring.shard(forHash: .max) == referenceOwner(of: .max, shards: shards, virtualNodes: virtualNodes))
        }
    }

    @Test(
        "Hashes at, just before and just after every point, and 0, find the linear search's owner in rings of up to 1,000 points"
    )
    func matchesLinearSearchAtPoints() {
        for (shards, virtualNodes) in [(1, 1), (2, 1), (3, 7), (5, 100), (4, 250)] {
            let ring = HashRing(shards: shards, virtualNodes: virtualNodes)
            let points: [UInt64] = (0..<shards).flatMap { shard in
                (0..<virtualNodes).map { StableHash.of(StableHash.of(UInt64(shard)) &+ UInt64($0)) }
            }
            let hashes: [UInt64] = [0] + points.flatMap { [$0 &- 1, $0, $0 &+ 1] }
            for hash in hashes {
                #expect(
                    ring.shard(forHash: hash) == referenceOwner(of: hash, shards: shards, virtualNodes: virtualNodes),
                    "\(shards) shards, \(virtualNodes) points each, hash \(hash)")
            }
        }
    }

    @Test("Across 50 seeds, adding a shard moves keys only to the new shard")
    func addingShardMovesKeysOnlyToIt() {
        for seed: UInt64 in 1...50 {
            var random = RandomSource(seed: seed)
            let shards = Int(2 + random.next() % 6)
            let before = HashRing(shards: shards, virtualNodes: 32)
            let after = HashRing(shards: shards + 1, virtualNodes: 32)
            for _ in 0..<200 {
                let hash = random.next()
                let (old, new) = (before.shard(forHash: hash), after.shard(forHash: hash))
                #expect(old == new || new == shards, "seed \(seed): hash \(hash) moved from \(old) to \(new)")
            }
        }
    }
}
