import Testing

@testable import Experiments
@testable import MiniCluster

@Suite struct ShardingExperimentTests: ExperimentSuite {
    let experiment: any Experiment = ShardingExperiment()

    @Test(
        "Adding a shard moves about N/(N+1) of keys with mod-N and about 1/(N+1) with consistent hashing",
        arguments: [3, 4, 8])
    func movedKeys(shards: Int) throws {
        let report = try run(["shards=\(shards)", "vnodes=200", "keys=50000", "requests=1000"])
        let n = Double(shards)
        #expect(abs(try metric(report, "moved_mod_pct") - n / (n + 1) * 100) < 2)
        #expect(abs(try metric(report, "moved_ring_pct") - 100 / (n + 1)) < 4)
    }

    @Test("Balance on the ring improves as virtual nodes grow")
    func virtualNodes() throws {
        let imbalances = try [1, 10, 100, 1000].map { try metric(try run(["vnodes=\($0)", "skew=0"]), "imbalance") }
        #expect(imbalances == imbalances.sorted(by: >))
        #expect(imbalances.last! < 1.05)
    }

    @Test("A celebrity key makes its shard hot whatever the strategy")
    func hotKey() throws {
        let report = try run(["hot=0.5", "skew=0"])
        #expect(try metric(report, "hot_shard_pct") > 50)
    }

    @Test("Range sharding piles the popular low ids onto one shard")
    func ranges() throws {
        #expect(try metric(try run(["strategy=range"]), "imbalance") > 2)
    }
}

@Suite struct HashRingTests {
    @Test("The ring is stable: the same key always lands on the same shard, and adding a shard only takes keys")
    func stability() {
        let four = HashRing(shards: 4, virtualNodes: 50)
        let five = HashRing(shards: 5, virtualNodes: 50)
        for key in 0..<2000 {
            let hash = StableHash.of(UInt64(key))
            #expect(four.shard(forHash: hash) == HashRing(shards: 4, virtualNodes: 50).shard(forHash: hash))
            let after = five.shard(forHash: hash)
            #expect(after == four.shard(forHash: hash) || after == 4, "key \(key) moved between old shards")
        }
    }
}
