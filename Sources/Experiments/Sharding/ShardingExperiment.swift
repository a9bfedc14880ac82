import MiniCluster

/// `sharding`: where keys land, how skew makes a hot shard, and how many keys move when a shard is added.
package struct ShardingExperiment: Experiment {
    package init() {}

    package let id = "sharding"
    package let section = "2.2"
    package let summary = Localized(
        en: "Sharding by mod-N, consistent hashing or ranges: balance, hot keys, keys moved when adding a shard",
        ko: "mod-N, 일관 해싱, 범위로 나누는 샤딩: 균형, 핫 키, 샤드를 추가할 때 옮겨 가는 키")
    static let strategies = ["mod", "ring", "range"]
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let shards = ParameterKey<Int>(
            "shards", 1...256, default: 4, Localized(en: "shards before adding one", ko: "추가하기 전의 샤드 수"))
        static let strategy = ParameterKey<String>(
            "strategy", choices: strategies, default: "ring",
            Localized(
                en: "mod: hash mod N; ring: consistent hashing; range: key ranges",
                ko: "mod: 해시 mod N, ring: 일관 해싱, range: 키 범위"))
        static let vnodes = ParameterKey<Int>(
            "vnodes", 1...1000, default: 100,
            Localized(en: "virtual nodes per shard on the ring", ko: "링에서 샤드마다 둔 가상 노드 수"))
        static let keys = ParameterKey<Int>(
            "keys", 10...200_000, default: 50_000, Localized(en: "distinct keys (user ids)", ko: "서로 다른 키 (사용자 ID) 수"))
        static let skew = ParameterKey<Double>(
            "skew", 0...3, default: 0.8,
            Localized(en: "Zipf exponent of key popularity (0: uniform)", ko: "키 인기의 지프 지수 (0: 균등)"))
        static let hot = ParameterKey<Double>(
            "hot", 0...1, default: 0,
            Localized(en: "share of requests for one celebrity key", ko: "유명인 키 하나에 몰리는 요청의 비율"))
        static let requests = ParameterKey<Int>(
            "requests", 1000...10_000_000, default: 100_000, Localized(en: "requests sampled", ko: "뽑아 볼 요청 수"))
    }

    package let parameters = [
        Key.shards.spec, Key.strategy.spec, Key.vnodes.spec, Key.keys.spec, Key.skew.spec,
        Key.hot.spec, Key.requests.spec
    ]
    package let sweepPlot = SweepPlot(x: Key.vnodes.name, y: ["imbalance"])
    package let assumptions = Localized(
        en:
            "Keys are user ids 0..keys−1 hashed by a fixed 64-bit hash; popularity is Zipf over the ids (id 0 most popular) plus an optional celebrity key; requests are independent draws; keys moved counts every key whose shard changes from N to N+1 shards; a run samples at most as many requests as fit in its event budget.",
        ko:
            "키는 사용자 ID 0..keys−1이고 고정된 64비트 해시로 나눕니다. 인기는 ID에 대한 지프 분포(ID 0이 가장 인기)에 선택적인 유명인 키 하나를 더한 것입니다. 요청은 서로 독립으로 뽑습니다. 옮겨 간 키는 샤드 N개에서 N+1개로 갈 때 샤드가 바뀌는 모든 키입니다. 한 번의 실행은 이벤트 한도에 들어가는 만큼만 요청을 뽑습니다."
    )

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let shards = values[Key.shards]
        let keys = values[Key.keys]
        let placements = Self.strategies.map {
            ShardPlacement(strategy: $0, shards: shards, keys: keys, vnodes: values[Key.vnodes])
        }
        let requests = Int(
            control.horizon(asked: Double(values[Key.requests]), eventsPerUnit: Double(Self.strategies.count)))
        let loads = ShardLoad.sample(
            placements, requests: requests, skew: values[Key.skew], hot: values[Key.hot], seed: seed)
        let chosen = Self.strategies.firstIndex(of: values[Key.strategy]) ?? 1
        return ShardingOutcome(placements: placements, loads: loads, chosen: chosen, sampledRequests: requests)
            .report(values: values)
    }
}

/// Which shard each key lands on under one strategy, for N and for N+1 shards.
struct ShardPlacement {
    let strategy: String
    let shards: Int
    let keys: Int
    /// The shard of each key with N shards, looked up once: requests index it.
    let shardOfKey: [Int32]
    /// The share of keys whose shard changes when going from N to N+1 shards.
    let movedFraction: Double

    init(strategy: String, shards: Int, keys: Int, vnodes: Int) {
        self.strategy = strategy
        self.shards = shards
        self.keys = keys
        shardOfKey = Self.shardOfEachKey(strategy: strategy, shards: shards, keys: keys, vnodes: vnodes)
        let after = Self.shardOfEachKey(strategy: strategy, shards: shards + 1, keys: keys, vnodes: vnodes)
        movedFraction = Double(zip(shardOfKey, after).count { $0 != $1 }) / Double(keys)
    }

    /// The shard of keys `0..<keys` under `strategy` with `shards` shards.
    // NB: the strategy is read once per placement, not per key: comparing its name per key was 3% of a
    // `sharding` sweep (callgrind).
    private static func shardOfEachKey(strategy: String, shards: Int, keys: Int, vnodes: Int) -> [Int32] {
        switch strategy {
        case "ring":
            let ring = HashRing(shards: shards, virtualNodes: vnodes)
            return (0..<keys).map { Int32(ring.shard(forHash: StableHash.of(UInt64($0)))) }
        case "range": return (0..<keys).map { Int32($0 * shards / keys) }
        default: return (0..<keys).map { Int32(StableHash.of(UInt64($0)) % UInt64(shards)) }
        }
    }
}

/// Requests per shard for a popularity model: Zipf-ranked keys plus an optional hot key.
struct ShardLoad {
    let perShard: [Int]
    let hotShard: Int

    /// The same requests (one seeded stream of keys) counted under each placement, which share
    /// their number of keys and shards.
    static func sample(
        _ placements: [ShardPlacement], requests: Int, skew: Double, hot: Double, seed: UInt64
    ) -> [ShardLoad] {
        guard let first = placements.first else { return [] }
        var random = RandomSource(seed: seed)
        let zipf = skew > 0 ? ZipfDistribution.shared(count: first.keys, exponent: skew) : nil
        // NB: requests are counted per key, then each placement sums its keys: one increment a request
        // instead of one per placement in nested arrays (a quarter of a `sharding` sweep, callgrind).
        var hitsOfKey = [Int](repeating: 0, count: first.keys)
        let hotKey = 0
        for _ in 0..<requests {
            let key =
                random.bernoulli(hot)
                ? hotKey : (zipf?.sample(using: &random) ?? Int(random.next() % UInt64(first.keys)))
            hitsOfKey[key] += 1
        }
        let counts = placements.map { placement in
            var perShard = [Int](repeating: 0, count: placement.shards)
            for (key, hits) in hitsOfKey.enumerated() { perShard[Int(placement.shardOfKey[key])] += hits }
            return perShard
        }
        return counts.map { counts in
            ShardLoad(perShard: counts, hotShard: counts.indices.max { counts[$0] < counts[$1] } ?? 0)
        }
    }

    /// Busiest shard ÷ average shard.
    var imbalance: Double {
        let mean = Double(perShard.reduce(0, +)) / Double(max(perShard.count, 1))
        return mean == 0 ? 1 : Double(perShard.max() ?? 0) / mean
    }
}
