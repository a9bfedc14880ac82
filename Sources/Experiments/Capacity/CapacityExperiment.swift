import MiniCluster

/// `capacity`: from a user population to requests per second, storage, bandwidth, cache,
/// servers, replicas, shards, nines and cost, each number derived from the ones before it.
package struct CapacityExperiment: Experiment {
    package init() {}

    package let id = "capacity"
    package let section = "6"
    package let summary = Localized(
        en:
            "Back-of-the-envelope capacity: users → req/s → storage, bandwidth, cache, servers, replicas, shards, nines, cost",
        ko: "어림 계산: 사용자 → 초당 요청 → 저장 공간, 대역폭, 캐시, 서버, 복제본, 샤드, 나인, 비용")
    package let sweepPlot = SweepPlot(x: Key.users.name, y: ["app_servers", "db_servers"])

    static let profile = LoadProfile.hundredMillionUsers

    /// What the arithmetic assumes beyond its parameters.
    package let assumptions = Localized(
        en:
            "Defaults are the 100M-users load profile. Arrivals are Poisson and service times exponential (M/M/c per app server); popularity is Zipf over the day's objects and the cache is LRU (Che's approximation); servers fail independently; decimal units (1 KB = 1,000 bytes); a month is 30 days.",
        ko:
            "기본값은 100M-users 부하 프로필입니다. 도착은 포아송, 처리 시간은 지수 분포(앱 서버마다 M/M/c)이고, 인기는 하루 객체에 대한 지프 분포, 캐시는 LRU(Che 근사)입니다. 서버는 서로 독립적으로 고장 나고, 단위는 10진(1 KB = 1,000바이트), 한 달은 30일입니다."
    )

    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let users = ParameterKey<Double>(
            "users", 1000...10_000_000_000, default: profile.users, Localized(en: "registered users", ko: "가입한 사용자 수"))
        static let active = ParameterKey<Double>(
            "active", 0.001...1, default: profile.dailyActiveShare,
            Localized(en: "share of users active on a day", ko: "하루에 활동하는 사용자의 비율"))
        static let requests = ParameterKey<Double>(
            "requests", 0.1...10_000, default: profile.requestsPerActivePerDay,
            Localized(en: "requests per daily active user", ko: "일간 활성 사용자 한 명의 하루 요청 수"))
        static let reads = ParameterKey<Double>(
            "reads", 0...1, default: profile.readShare, Localized(en: "share of requests that read", ko: "요청 중 읽기의 비율"))
        static let peak = ParameterKey<Double>(
            "peak", 1...20, default: profile.peakFactor, Localized(en: "peak hour ÷ daily average", ko: "피크 시간 ÷ 하루 평균")
        )
        static let responseKb = ParameterKey<Double>(
            "response_kb", 0.1...10_000, default: profile.responseBytes / 1000, unit: "KB",
            Localized(en: "average response size", ko: "응답 하나의 평균 크기"))
        static let objectKb = ParameterKey<Double>(
            "object_kb", 0.01...10_000, default: profile.writeBytes / 1000, unit: "KB",
            Localized(en: "bytes a write stores (also a cached object's size)", ko: "쓰기 하나가 저장하는 크기 (캐시 객체 하나의 크기)"))
        static let objects = ParameterKey<Double>(
            "objects", 1000...1_000_000_000_000, default: profile.objectsReadPerDay,
            Localized(en: "distinct objects read in a day", ko: "하루에 읽히는 서로 다른 객체 수"))
        static let skew = ParameterKey<Double>(
            "skew", 0.1...2, default: 0.9, Localized(en: "Zipf exponent of object popularity", ko: "객체 인기의 지프 지수"))
        static let hit = ParameterKey<Double>(
            "hit", 0.01...0.999, default: 0.9,
            Localized(en: "cache hit ratio to size the cache for", ko: "캐시 크기를 정할 목표 적중률"))
        // The fleet, sized from the traffic.
        static let serviceMs = ParameterKey<Double>(
            "service_ms", 0.1...10_000, default: 10, unit: "ms",
            Localized(en: "CPU time of one request on an app server", ko: "앱 서버에서 요청 하나가 쓰는 CPU 시간"))
        static let workers = ParameterKey<Int>(
            "workers", 1...256, default: 8,
            Localized(en: "requests one app server works on at once (cores)", ko: "앱 서버 한 대가 동시에 처리하는 요청 수 (코어)"))
        static let utilization = ParameterKey<Double>(
            "utilization", 0.05...0.95, default: 0.6,
            Localized(en: "target utilisation of every tier at the peak", ko: "피크 때 모든 계층의 목표 사용률"))
        static let replicaRps = ParameterKey<Double>(
            "replica_rps", 10...1_000_000, default: 2000, unit: "req/s",
            Localized(en: "reads one database replica serves", ko: "DB 복제본 한 대가 처리하는 읽기"))
        static let minReplicas = ParameterKey<Int>(
            "min_replicas", 1...10, default: 1,
            Localized(en: "fewest replicas per shard (for failover)", ko: "샤드마다 둘 최소 복제본 수 (장애 조치용)"))
        static let shardWps = ParameterKey<Double>(
            "shard_wps", 10...1_000_000, default: 1000, unit: "req/s",
            Localized(en: "writes one shard's primary accepts", ko: "샤드 하나의 마스터가 받는 쓰기"))
        static let shardTb = ParameterKey<Double>(
            "shard_tb", 0.01...1000, default: 20, unit: "TB", Localized(en: "data one shard holds", ko: "샤드 하나가 담는 데이터")
        )
        static let years = ParameterKey<Double>(
            "years", 1...20, default: 5, unit: "years", Localized(en: "years of data to keep", ko: "데이터를 보관할 햇수"))
        static let cacheNodeGb = ParameterKey<Double>(
            "cache_node_gb", 1...4096, default: 64, unit: "GB",
            Localized(en: "memory of one cache node", ko: "캐시 노드 한 대의 메모리"))
        static let component = ParameterKey<Double>(
            "component", 0.9...0.99999, default: 0.999, Localized(en: "availability of one server", ko: "서버 한 대의 가용성"))
        static let slo = ParameterKey<Double>(
            "slo", 90...99.9999, default: 99.99, unit: "%", Localized(en: "availability objective", ko: "가용성 목표"))
        // Prices.
        static let appUsd = ParameterKey<Double>(
            "app_usd", 1...100_000, default: 300, unit: "$/month",
            Localized(en: "an app server a month", ko: "앱 서버 한 대의 월 비용"))
        static let dbUsd = ParameterKey<Double>(
            "db_usd", 1...100_000, default: 1500, unit: "$/month",
            Localized(en: "a database server a month", ko: "DB 서버 한 대의 월 비용"))
        static let cacheUsd = ParameterKey<Double>(
            "cache_usd", 1...100_000, default: 600, unit: "$/month",
            Localized(en: "a cache node a month", ko: "캐시 노드 한 대의 월 비용"))
        static let egressUsd = ParameterKey<Double>(
            "egress_usd", 0...10, default: 0.02, unit: "$/GB",
            Localized(en: "sending one GB to users", ko: "사용자에게 1 GB를 보내는 비용"))
    }

    package let parameters = [
        Key.users.spec, Key.active.spec, Key.requests.spec, Key.reads.spec, Key.peak.spec,
        Key.responseKb.spec, Key.objectKb.spec, Key.objects.spec, Key.skew.spec, Key.hit.spec, Key.serviceMs.spec,
        Key.workers.spec, Key.utilization.spec, Key.replicaRps.spec, Key.minReplicas.spec, Key.shardWps.spec,
        Key.shardTb.spec, Key.years.spec, Key.cacheNodeGb.spec, Key.component.spec, Key.slo.spec, Key.appUsd.spec,
        Key.dbUsd.spec, Key.cacheUsd.spec, Key.egressUsd.spec
    ]

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        CapacityOutcome(estimate: CapacityEstimate(CapacityAssumptions(values)))
            .report()
    }
}
