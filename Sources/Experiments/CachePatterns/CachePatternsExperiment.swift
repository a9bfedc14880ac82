import MiniCluster

/// `cachepatterns`: cache-aside, write-through, write-behind and refresh-ahead side by side, and
/// how entries filled together expire together unless their TTLs are jittered.
package struct CachePatternsExperiment: Experiment {
    package init() {}

    package let id = "cachepatterns"
    package let section = "7.3"
    package let summary = Localized(
        en: "Cache write patterns (aside, through, behind, refresh-ahead) and expiry: TTL jitter, early refresh",
        ko: "캐시 쓰기 패턴(어사이드, 라이트 스루, 라이트 비하인드, 미리 갱신)과 만료: TTL 지터, 조기 갱신")
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let pattern = ParameterKey<String>(
            "pattern", choices: CachePattern.allCases.map(\.rawValue), default: "aside",
            Localized(en: "how writes reach the cache and the database", ko: "쓰기가 캐시와 데이터베이스에 가는 방식"))
        static let keys = ParameterKey<Int>(
            "keys", 1...100_000, default: 1000,
            Localized(en: "distinct items, all loaded into the cache at the start", ko: "서로 다른 항목 수 (처음에 모두 캐시에 올림)"))
        static let skew = ParameterKey<Double>(
            "skew", 0.01...3, default: 0.9, Localized(en: "Zipf exponent of popularity", ko: "인기의 지프 지수"))
        static let rate = ParameterKey<Double>(
            "rate", 1...20_000, default: 2000, unit: "reads/s", Localized(en: "reads per second", ko: "초당 읽기"))
        static let writes = ParameterKey<Double>(
            "writes", 0...5000, default: 20, unit: "writes/s", Localized(en: "writes per second", ko: "초당 쓰기"))
        static let ttl = ParameterKey<Double>(
            "ttl", 1...3600, default: 10, unit: "s", Localized(en: "time to live of an entry", ko: "항목의 TTL(유효 시간)"))
        static let ttlJitter = ParameterKey<Double>(
            "ttl_jitter", 0...3600, default: 0, unit: "s",
            Localized(
                en: "random extra life added to each TTL, uniform in 0..J (0: none)",
                ko: "TTL마다 더하는 임의의 추가 시간, 0..J 균등 (0: 없음)"))
        static let earlyRefresh = ParameterKey<Double>(
            "early_refresh", 0...10, default: 0,
            Localized(
                en: "probabilistic early expiration, XFetch's beta (0: off; 1 is usual)",
                ko: "확률적 조기 갱신, XFetch의 베타 (0: 끔, 보통 1)"))
        static let refreshAt = ParameterKey<Double>(
            "refresh_at", 0.05...0.99, default: 0.75,
            Localized(
                en: "refresh-ahead: a read refreshes an entry past this share of its TTL",
                ko: "미리 갱신: TTL의 이 비율이 지난 항목을 읽으면 갱신"))
        static let flushEvery = ParameterKey<Double>(
            "flush_every", 0.01...60, default: 1, unit: "s",
            Localized(
                en: "write-behind: how often dirty entries go to the database", ko: "라이트 비하인드: 더티 항목을 데이터베이스에 쓰는 주기"))
        static let crashAt = ParameterKey<Double>(
            "crash_at", 0...3600, default: 0, unit: "s",
            Localized(en: "when the cache dies and restarts empty (0: never)", ko: "캐시가 죽고 빈 채로 다시 뜨는 시각 (0: 안 죽음)"))
        static let dbMs = ParameterKey<Double>(
            "db_ms", 0.01...10_000, default: 20, unit: "ms",
            Localized(en: "database read or write time", ko: "데이터베이스 읽기·쓰기 시간"))
        static let seconds = ParameterKey<Double>(
            "seconds", 1...600, default: 30, unit: "s", Localized(en: "length of the run", ko: "실행 길이"))
    }

    package let parameters = [
        Key.pattern.spec, Key.keys.spec, Key.skew.spec, Key.rate.spec, Key.writes.spec, Key.ttl.spec,
        Key.ttlJitter.spec, Key.earlyRefresh.spec, Key.refreshAt.spec, Key.flushEvery.spec, Key.crashAt.spec,
        Key.dbMs.spec, Key.seconds.spec
    ]
    package let sweepPlot = SweepPlot(x: Key.ttlJitter.name, y: ["db_peak_reads_per_s"])
    package let sizeParameter: String? = Key.seconds.name

    /// A jitter sweep spans none to twice the TTL, where the expiries are already spread thin.
    package func sweepRange(for parameter: String, base: ParameterValues) -> ClosedRange<Double>? {
        parameter == Key.ttlJitter.name ? 0...(2 * base[Key.ttl]) : nil
    }
    package let assumptions = Localized(
        en:
            "One LRU cache large enough for every key, 1 ms from the application; a warm-up job loads every key at time zero, so entries start the same age. Reads and writes are Poisson, each of a key drawn from a Zipf popularity. A miss reads the database (db_ms) and fills the cache when the read returns; nothing coalesces misses for the same key. A write changes the value at once and costs the writer 1 ms, plus db_ms unless the pattern is write-behind, which writes each dirty key once per flush. A crash empties the cache and loses what write-behind had not flushed. Early refresh is XFetch: a read refreshes an entry when now − db_ms·β·ln(u) passes its expiry. DB rates are counted in one-second buckets; a run simulates at most the seconds that fit in its event budget.",
        ko:
            "캐시는 LRU 하나이고 모든 키가 들어갈 만큼 크며, 애플리케이션에서 1 ms 거리에 있습니다. 준비 작업이 시각 0에 모든 키를 올리므로 항목들의 나이가 같게 시작합니다. 읽기와 쓰기는 포아송 도착이고 키는 지프 인기 분포에서 뽑습니다. 캐시 미스는 데이터베이스를 읽고(db_ms) 읽기가 끝나면 캐시를 채웁니다. 같은 키의 미스를 묶어 주는 장치는 없습니다. 쓰기는 값을 곧바로 바꾸고 쓰는 쪽에 1 ms가 들며, 라이트 비하인드가 아니면 db_ms가 더 듭니다. 라이트 비하인드는 플러시 때마다 더티 키를 한 번씩 씁니다. 캐시가 죽으면 비워지고, 라이트 비하인드가 아직 쓰지 않은 쓰기는 사라집니다. 조기 갱신은 XFetch입니다. 현재 시각 − db_ms·β·ln(u)가 만료 시각을 넘으면 그 읽기가 항목을 갱신합니다. DB 처리량은 1초 단위로 셉니다. 한 번의 실행은 이벤트 한도에 들어가는 시간까지만 시뮬레이션합니다."
    )

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let budget = RunBudget(control, runs: 1)
        // NB: a read is one event and a miss adds its fill, but a cache that holds every key misses
        // about one read in four at the defaults (measured: 63,500 events in 30 s at 2,000 reads/s);
        // a run that misses more stops at its event budget and says so (budget_cut).
        let eventsPerSecond = values[Key.rate] * 1.25 + values[Key.writes] + 1 / values[Key.flushEvery]
        var cost = RunCost(
            askedSeconds: values[Key.seconds],
            simulatedSeconds: budget.seconds(asked: values[Key.seconds], eventsPerSecond: eventsPerSecond))
        let setup = Self.setup(values, end: .seconds(cost.simulatedSeconds))
        var simulation = Simulation(model: CachePatternsModel(setup: setup, seed: seed))
        simulation.model.reads.start(.read, scheduler: &simulation.scheduler)
        simulation.model.writes?.start(.write, scheduler: &simulation.scheduler)
        if setup.pattern == .behind { simulation.scheduler.schedule(.flush, at: setup.flushEvery) }
        if let crashAt = setup.crashAt { simulation.scheduler.schedule(.crash, at: crashAt) }
        let cut = try budget.run(&simulation, until: setup.end)
        cost.add(simulation, cut: cut)
        simulation.model.ledger.finish(at: setup.end)
        return CachePatternsOutcome(model: simulation.model, cost: cost).report()
    }

    /// The model's set-up for a run that ends at `end`; a crash at or past the end is none.
    static func setup(_ values: ParameterValues, end: SimTime) -> CachePatternsModel.Setup {
        let crashAt = values[Key.crashAt]
        guard let pattern = CachePattern(rawValue: values[Key.pattern]) else {
            preconditionFailure("pattern '\(values[Key.pattern])' is none of \(CachePattern.allCases)")
        }
        return CachePatternsModel.Setup(
            pattern: pattern, keys: values[Key.keys],
            skew: values[Key.skew], readRate: values[Key.rate], writeRate: values[Key.writes],
            ttl: .seconds(values[Key.ttl]), jitter: .seconds(values[Key.ttlJitter]),
            earlyRefresh: values[Key.earlyRefresh], refreshAt: values[Key.refreshAt],
            flushEvery: .seconds(values[Key.flushEvery]),
            crashAt: crashAt > 0 && crashAt < end.seconds ? .seconds(crashAt) : nil,
            dbTime: .milliseconds(values[Key.dbMs]), end: end)
    }
}
