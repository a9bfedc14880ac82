import Foundation
import MiniCluster

/// `cache`: cache-aside cuts database load; hit ratio under Zipf; TTL staleness; stampedes.
package struct CacheExperiment: Experiment {
    package init() {}

    package let id = "cache"
    package let section = "2.3"
    package let summary = Localized(
        en: "Cache-aside tiers (CDN, local, Redis) in front of the DB: hit ratio, DB load, staleness, stampede",
        ko: "DB 앞의 캐시 어사이드 계층 (CDN, 로컬, Redis): 적중률, DB 부하, 오래된 값, 스탬피드")
    static let tierSets = [
        "global": ["global"], "local+global": ["local", "global"], "cdn+local+global": ["cdn", "local", "global"]
    ]
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let tiers = ParameterKey<String>(
            "tiers", choices: ["global", "local+global", "cdn+local+global"], default: "global",
            Localized(en: "cache tiers in front of the database", ko: "데이터베이스 앞의 캐시 계층"))
        static let capacity = ParameterKey<Int>(
            "capacity", 1...200_000, default: 1000,
            Localized(
                en: "items the global cache holds (each of 4 local caches 1/10 of it, each of 4 CDN edges 2×)",
                ko: "글로벌 캐시가 담는 항목 수 (로컬 캐시 4개는 각각 그 1/10, CDN 엣지 4개는 각각 2배)"))
        static let keys = ParameterKey<Int>(
            "keys", 1...200_000, default: 20_000, Localized(en: "distinct items", ko: "서로 다른 항목 수"))
        static let skew = ParameterKey<Double>(
            "skew", 0.01...3, default: 0.9, Localized(en: "Zipf exponent of popularity", ko: "인기의 지프 지수"))
        static let rate = ParameterKey<Double>(
            "rate", 1...20_000, default: 2000, unit: "reads/s", Localized(en: "reads per second", ko: "초당 읽기"))
        static let writes = ParameterKey<Double>(
            "writes", 0...10_000, default: 0, unit: "writes/s",
            Localized(en: "writes per second to the database", ko: "데이터베이스에 대한 초당 쓰기"))
        static let ttl = ParameterKey<Double>(
            "ttl", 0...86_400, default: 0, unit: "s",
            Localized(en: "time to live of a cached copy (0: none)", ko: "캐시 사본의 유효 시간 (0: 없음)"))
        static let invalidate = ParameterKey<Bool>(
            "invalidate", default: true,
            Localized(en: "delete cached copies when the data is written", ko: "데이터를 쓸 때 캐시 사본을 지우기"))
        static let coalesce = ParameterKey<Bool>(
            "coalesce", default: false,
            Localized(en: "one database read per missing key; others wait for it", ko: "없는 키마다 DB 읽기는 한 번, 나머지는 기다림"))
        static let dbMs = ParameterKey<Double>(
            "db_ms", 0.01...10_000, default: 20, unit: "ms", Localized(en: "database read time", ko: "데이터베이스 읽기 시간"))
        static let seconds = ParameterKey<Double>(
            "seconds", 1...120, default: 60, unit: "s", Localized(en: "length of the run", ko: "실행 길이"))
    }

    package let parameters = [
        Key.tiers.spec, Key.capacity.spec, Key.keys.spec, Key.skew.spec, Key.rate.spec,
        Key.writes.spec, Key.ttl.spec, Key.invalidate.spec, Key.coalesce.spec, Key.dbMs.spec, Key.seconds.spec
    ]
    package let sweepPlot = SweepPlot(x: Key.capacity.name, y: ["hit_ratio"])
    package let sizeParameter: String? = Key.seconds.name
    package let assumptions = Localized(
        en:
            "Reads are independent draws from a Zipf popularity over keys (no sessions, no time of day); four CDN edges (2× capacity each), one local cache per app server (four, capacity/10 each) and one global cache, all LRU; a read goes to a random edge and server. Latency is measured from the user: 5 ms to an edge, 35 ms to the origin, 0.05 ms to a local cache, 1 ms to the global cache, db_ms to the database. A write deletes every copy at once, but a database read that began before it still fills the caches with the old value. Hit ratios are checked against Che's approximation; a run simulates at most the seconds that fit in its event budget.",
        ko:
            "읽기는 키에 대한 지프 인기 분포에서 서로 독립으로 뽑습니다 (세션이나 시간대 없음). CDN 엣지 4개(각각 용량의 2배), 앱 서버마다 로컬 캐시 하나(4개, 각각 용량의 1/10), 글로벌 캐시 하나가 있고 모두 LRU입니다. 읽기는 임의의 엣지와 서버로 갑니다. 지연은 사용자 쪽에서 잽니다. 엣지까지 5 ms, 원본까지 35 ms, 로컬 캐시 0.05 ms, 글로벌 캐시 1 ms, 데이터베이스 db_ms. 쓰기는 모든 사본을 한꺼번에 지우지만, 그 전에 시작한 DB 읽기는 옛 값으로 캐시를 채웁니다. 적중률은 Che 근사와 맞춰 봅니다. 한 번의 실행은 이벤트 한도에 들어가는 시간까지만 시뮬레이션합니다."
    )

    /// Che's approximation of an LRU cache's hit ratio for independent requests with `probabilities`.
    static func cheHitRatio(probabilities: [Double], capacity: Int) -> Double {
        CheApproximation(probabilities: probabilities).hitRatio(capacity: Double(capacity))
    }

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let capacity = values[Key.capacity]
        let tiers = Self.tiers(Self.tierSets[values[Key.tiers]] ?? ["global"], capacity: capacity)
        let ttl = values[Key.ttl]
        let budget = RunBudget(control, runs: 1)
        var cost = RunCost(
            askedSeconds: values[Key.seconds],
            simulatedSeconds: budget.seconds(
                asked: values[Key.seconds], eventsPerSecond: Self.eventsPerSecond(values, tiers: tiers)))
        let setup = CacheModel.Setup(
            tiers: tiers, keys: values[Key.keys], skew: values[Key.skew],
            rate: values[Key.rate], writeRate: values[Key.writes],
            ttl: ttl > 0 ? .seconds(ttl) : nil, invalidate: values[Key.invalidate],
            coalesce: values[Key.coalesce], dbMs: values[Key.dbMs], end: .seconds(cost.simulatedSeconds))
        var simulation = Simulation(model: CacheModel(setup: setup, seed: seed))
        simulation.model.requests.start(.request, scheduler: &simulation.scheduler)
        simulation.model.writes?.start(.write, scheduler: &simulation.scheduler)
        let cut = try budget.run(&simulation)
        cost.add(simulation, cut: cut)
        let zipf = simulation.model.popularity
        let che = Self.cheHitRatio(probabilities: (0..<setup.keys).map { zipf.probability(of: $0) }, capacity: capacity)
        return CacheOutcome(model: simulation.model, che: che, cost: cost).report()

    }
}

extension CacheExperiment {
    /// Work per simulated second, in events: a read and its fetch plus one lookup per tier; a
    /// write deletes from every cache instance.
    static func eventsPerSecond(_ values: ParameterValues, tiers: [CacheModel.Tier]) -> Double {
        values[Key.rate] * Double(2 + tiers.count) + values[Key.writes]
            * Double(1 + tiers.map(\.instances).reduce(0, +))
    }

    /// The internet round trip from a user to the origin's app servers, through an edge or not.
    static let originMs = 35.0
    static let edgeMs = 5.0

    /// The tiers named, with the trip across the internet added to the first one in the origin.
    static func tiers(_ names: [String], capacity: Int) -> [CacheModel.Tier] {
        var tiers = names.map { tier($0, capacity: capacity) }
        if let origin = tiers.firstIndex(where: { $0.name != "cdn" }) {
            tiers[origin].reachMs += origin == 0 ? originMs : originMs - edgeMs
        }
        return tiers
    }

    /// A tier of the set-up: CDN edges near users, a local cache in each app server, one global cache.
    static func tier(_ name: String, capacity: Int) -> CacheModel.Tier {
        switch name {
        case "cdn": return CacheModel.Tier(name: name, capacity: capacity * 2, instances: 4, reachMs: edgeMs)
        case "local": return CacheModel.Tier(name: name, capacity: max(1, capacity / 10), instances: 4, reachMs: 0.05)
        default: return CacheModel.Tier(name: name, capacity: capacity, instances: 1, reachMs: 1)
        }
    }
}
