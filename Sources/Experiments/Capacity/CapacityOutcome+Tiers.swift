extension CapacityOutcome {
    private typealias L = Localized

    var database: [Metric] {
        let e = estimate
        return [
            Self.line(
                "db_read_rps", e.dbReadsPerSecond, unit: "req/s", "peak_read_rps × (1 − hit)",
                L(en: "reads that miss the cache", ko: "캐시 미스가 난 읽기")),
            Self.line(
                "shards_for_writes", Double(e.shardsForWrites), "⌈peak_write_rps ÷ (shard_wps × utilization)⌉",
                L(en: "shards the writes need", ko: "쓰기에 필요한 샤드")),
            Self.line(
                "shards_for_data", Double(e.shardsForData), "⌈storage_tb_kept ÷ shard_tb⌉",
                L(en: "shards the data needs", ko: "데이터에 필요한 샤드")),
            Self.line(
                "shards", Double(e.shards), "max(shards_for_writes, shards_for_data)", L(en: "shards", ko: "샤드 수")),
            Self.line(
                "replicas_per_shard", Double(e.replicasPerShard),
                "max(min_replicas, ⌈db_read_rps ÷ shards ÷ (replica_rps × utilization)⌉)",
                L(en: "read replicas per shard", ko: "샤드마다 읽기 복제본")),
            Self.line(
                "db_servers", Double(e.dbServers), "shards × (1 + replicas_per_shard)",
                L(en: "database servers", ko: "DB 서버 수")),
            Self.line(
                "storage_tb_all_copies", e.storageTBAllCopies, unit: "TB", "storage_tb_kept × (1 + replicas_per_shard)",
                L(en: "disk for every copy", ko: "모든 사본의 디스크")),
            Self.line(
                "cold_cache_db_utilization", e.coldCacheDBUtilization,
                "peak_read_rps ÷ (shards × replicas_per_shard × replica_rps)",
                L(en: "replica utilisation if the cache goes cold", ko: "캐시가 비었을 때 복제본 사용률"))
        ]
    }

    var availability: [Metric] {
        let e = estimate
        let allowed = CapacityEstimate.downtimeMinutes(e.assumptions.objective)
        let actual = CapacityEstimate.downtimeMinutes(e.systemAvailability)
        return [
            Self.line(
                "lb_down_min_per_year", Self.minutesPerYear(e.balancerAvailability), unit: "min",
                "(1 − component)² × 525,600", L(en: "downtime of two load balancers a year", ko: "로드 밸런서 두 대의 연간 중단")),
            Self.line(
                "app_down_min_per_year", Self.minutesPerYear(e.appAvailability), unit: "min",
                L(en: "P(fewer than app_servers_to_survive up) × 525,600", ko: "P(살아 있는 서버 < app_servers_to_survive) × 525,600"),
                L(en: "a year with too few app servers for the peak", ko: "피크를 감당할 앱 서버가 모자란 연간 시간")),
            Self.line(
                "cache_down_min_per_year", Self.minutesPerYear(e.cacheAvailability), unit: "min",
                "(1 − (1 − (1 − component)²)^cache_nodes) × 525,600",
                L(en: "a year with a cache pair down", ko: "캐시 쌍 하나라도 멈춘 연간 시간")),
            Self.line(
                "db_down_min_per_year", Self.minutesPerYear(e.databaseAvailability), unit: "min",
                "(1 − (1 − (1 − component)^(1 + replicas_per_shard))^shards) × 525,600",
                L(en: "a year with a shard down", ko: "샤드 하나라도 멈춘 연간 시간")),
            Self.line(
                "availability_pct", e.systemAvailability * 100, unit: "%", L(en: "product of the four tiers' availabilities", ko: "네 계층 가용성의 곱"),
                L(en: "the whole system", ko: "시스템 전체")),
            Self.line("nines", e.nines, "−log10(1 − availability)", L(en: "number of nines", ko: "나인의 개수")),
            Self.line(
                "downtime_min_per_year", actual.year, unit: "min", "(1 − availability) × 525,600",
                L(en: "expected downtime a year", ko: "연간 예상 중단 시간")),
            Self.line(
                "slo_min_per_year", allowed.year, unit: "min", "(1 − slo) × 525,600",
                L(en: "downtime the objective allows a year", ko: "목표가 허용하는 연간 중단")),
            Self.line(
                "slo_min_per_month", allowed.month, unit: "min", "(1 − slo) × 43,200",
                L(en: "… a 30-day month", ko: "… 30일 한 달")),
            Self.line(
                "slo_min_per_week", allowed.week, unit: "min", "(1 − slo) × 10,080", L(en: "… a week", ko: "… 한 주"))
        ]
    }

    var cost: [Metric] {
        let e = estimate
        return [
            Self.line("app_usd_month", e.appCost, unit: "$", "app_servers × app_usd", L(en: "app servers", ko: "앱 서버")),
            Self.line(
                "db_usd_month", e.dbCost, unit: "$", "db_servers × db_usd", L(en: "database servers", ko: "DB 서버")),
            Self.line(
                "cache_usd_month", e.cacheCost, unit: "$", "2 × cache_nodes × cache_usd",
                L(en: "cache nodes and their replicas", ko: "캐시 노드와 복제본")),
            Self.line(
                "egress_usd_month", e.egressCost, unit: "$", "avg_egress_gbps ÷ 8 × 2,592,000 s × egress_usd",
                L(en: "bandwidth", ko: "대역폭")),
            Self.line(
                "cost_usd_month", e.monthlyCost, unit: "$",
                "app_usd_month + db_usd_month + cache_usd_month + egress_usd_month", L(en: "total a month", ko: "월 합계")),
            Self.line(
                "usd_per_million_requests", e.costPerMillionRequests, unit: "$",
                "cost_usd_month ÷ (requests_per_day × 30 ÷ 10⁶)", L(en: "per million requests", ko: "요청 100만 건당"))
        ]
    }
}
