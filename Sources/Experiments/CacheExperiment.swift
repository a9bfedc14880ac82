import Foundation
import MiniCluster

/// `cache`: cache-aside cuts database load; hit ratio under Zipf; TTL staleness; stampedes.
package struct CacheExperiment: Experiment {
    package init() {}

    package let id = "cache"
    package let section = "2.3"
    package let summary = Localized(en: "Cache-aside tiers (CDN, local, Redis) in front of the DB: hit ratio, DB load, staleness, stampede",
                                    ko: "DB 앞의 캐시 어사이드 계층 (CDN, 로컬, Redis): 적중률, DB 부하, 오래된 값, 스탬피드")
    static let tierSets = ["global": ["global"], "local+global": ["local", "global"], "cdn+local+global": ["cdn", "local", "global"]]
    package let parameters = [
        ParameterSpec("tiers", .choice(["global", "local+global", "cdn+local+global"]), default: .choice("global"),
                      Localized(en: "cache tiers in front of the database", ko: "데이터베이스 앞의 캐시 계층")),
        ParameterSpec("capacity", .integer(1...10_000_000), default: .integer(1000), Localized(en: "items the global cache holds (local holds 1/10, the CDN 2×)", ko: "글로벌 캐시가 담는 항목 수 (로컬은 1/10, CDN은 2배)")),
        ParameterSpec("keys", .integer(1...10_000_000), default: .integer(20_000), Localized(en: "distinct items", ko: "서로 다른 항목 수")),
        ParameterSpec("skew", .real(0.01...3), default: .real(0.9), Localized(en: "Zipf exponent of popularity", ko: "인기의 지프 지수")),
        ParameterSpec("rate", .real(1...1_000_000), default: .real(2000), unit: "reads/s", Localized(en: "reads per second", ko: "초당 읽기")),
        ParameterSpec("writes", .real(0...100_000), default: .real(0), unit: "writes/s", Localized(en: "writes per second to the database", ko: "데이터베이스에 대한 초당 쓰기")),
        ParameterSpec("ttl", .real(0...86_400), default: .real(0), unit: "s", Localized(en: "time to live of a cached copy (0: none)", ko: "캐시 사본의 유효 시간 (0: 없음)")),
        ParameterSpec("invalidate", .flag, default: .flag(true), Localized(en: "delete cached copies when the data is written", ko: "데이터를 쓸 때 캐시 사본을 지우기")),
        ParameterSpec("coalesce", .flag, default: .flag(false), Localized(en: "one database read per missing key; others wait for it", ko: "없는 키마다 DB 읽기는 한 번, 나머지는 기다림")),
        ParameterSpec("db_ms", .real(0.01...10_000), default: .real(20), unit: "ms", Localized(en: "database read time", ko: "데이터베이스 읽기 시간")),
        ParameterSpec("seconds", .real(1...3600), default: .real(60), unit: "s", Localized(en: "length of the run", ko: "실행 길이")),
    ]
    package let sweepPlot = SweepPlot(x: "capacity", y: ["hit_ratio"])

    /// Che's approximation of an LRU cache's hit ratio for independent requests with `probabilities`.
    static func cheHitRatio(probabilities: [Double], capacity: Int) -> Double {
        CheApproximation(probabilities: probabilities).hitRatio(capacity: Double(capacity))
    }

    package func run(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let capacity = values.integer("capacity")
        let sizes = ["cdn": (capacity * 2, 10.0), "local": (max(1, capacity / 10), 0.05), "global": (capacity, 1.0)]
        let tiers = (Self.tierSets[values.choice("tiers")] ?? ["global"]).map { (name: $0, capacity: sizes[$0]!.0, hitMs: sizes[$0]!.1) }
        let ttl = values.real("ttl")
        let setup = CacheModel.Setup(tiers: tiers, keys: values.integer("keys"), skew: values.real("skew"),
                                     rate: values.real("rate"), writeRate: values.real("writes"),
                                     ttl: ttl > 0 ? .seconds(ttl) : nil, invalidate: values.flag("invalidate"),
                                     coalesce: values.flag("coalesce"), dbMs: values.real("db_ms"), end: .seconds(values.real("seconds")))
        var simulation = Simulation(model: CacheModel(setup: setup, seed: seed))
        simulation.scheduler.schedule(.request, at: .zero)
        if setup.writeRate > 0 { simulation.scheduler.schedule(.write, at: .zero) }
        try simulation.run(control: control)
        let zipf = simulation.model.popularity
        let che = Self.cheHitRatio(probabilities: (0..<setup.keys).map { zipf.probability(of: $0) }, capacity: tiers.last!.capacity)
        return CacheOutcome(model: simulation.model, che: che).report(experiment: self, values: values, seed: seed)
    }
}
