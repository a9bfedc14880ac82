import MiniCluster

/// The numbers of a `cache` run.
struct CacheOutcome {
    let model: CacheModel
    let che: Double
    let cost: RunCost

    var hitRatio: Double { Double(model.reads - model.dbReads - model.coalesced) / Double(max(model.reads, 1)) }
    var dbReduction: Double { 1 - Double(model.dbReads) / Double(max(model.reads, 1)) }

    /// Database reads per second after the cold start: the mean, and the busiest 100 ms.
    var dbAfterWarmUp: (mean: Double, peak: Double) {
        let end = model.setup.end
        let warm = end > CacheModel.warmUp ? CacheModel.warmUp : .zero
        let buckets = model.dbPerSpike.sums(until: end).filter { $0.time >= warm.seconds }.map(\.value)
        let perSecond = 1 / CacheModel.spikeInterval.seconds
        let mean = buckets.isEmpty ? 0 : buckets.reduce(0, +) / Double(buckets.count) * perSecond
        return (mean, (buckets.max() ?? 0) * perSecond)
    }

    func report() -> Report {
        let metrics = headline + tierMetrics + settingMetrics + cost.metrics

        return Report(metrics: metrics, tables: [tiersTable], charts: [dbChart], findings: findings(metrics))
    }

    private var headline: [Metric] { readMetrics + stampedeMetrics }

    private var readMetrics: [Metric] {
        let seconds = model.setup.end.seconds
        return [
            Metric(
                "hit_ratio", Estimate(mean: hitRatio, halfWidth: model.hitBatches.estimate.halfWidth),
                Localized(
                    en: "reads answered by some cache tier", ko: "어느 캐시 계층에서든 답한 읽기의 비율")),
            Metric(
                "che_hit_ratio", che,
                Localized(en: "Che's approximation for the global LRU cache alone", ko: "글로벌 LRU 캐시 하나에 대한 Che 근사")),
            Metric(
                "db_reads_per_s", Double(model.dbReads) / seconds, unit: "reads/s",
                Localized(en: "reads that reached the database", ko: "데이터베이스까지 간 읽기")),
            Metric(
                "db_load_reduction_pct", dbReduction * 100, unit: "%",
                Localized(en: "database reads saved by caching", ko: "캐시 덕분에 줄어든 DB 읽기")),
            Metric(
                "mean_ms", model.latency.meanMilliseconds, unit: "ms",
                Localized(en: "mean read latency seen by users", ko: "사용자가 본 평균 읽기 지연")),
            Metric(
                "p99_ms", model.latency.percentileMilliseconds(99), unit: "ms",
                Localized(en: "99th percentile read latency", ko: "읽기 지연 99번째 백분위"))
        ]
    }

    private var stampedeMetrics: [Metric] {
        let db = dbAfterWarmUp
        return [
            Metric(
                "stale_reads", Double(model.staleReads),
                Localized(en: "hits that returned an outdated copy", ko: "옛 사본을 돌려준 적중")),
            Metric(
                "duplicate_db_reads", Double(model.duplicateDBReads),
                Localized(en: "DB reads for a key already being read (stampede)", ko: "이미 읽는 중인 키에 대한 DB 읽기 (스탬피드)")),
            Metric(
                "coalesced", Double(model.coalesced),
                Localized(en: "misses that waited for a read in flight", ko: "진행 중인 읽기를 기다린 놓침")),
            Metric(
                "db_mean_after_warmup_per_s", db.mean, unit: "reads/s",
                Localized(
                    en: "DB reads per second after the first second (the cold start)", ko: "첫 1초(콜드 스타트) 뒤 초당 DB 읽기")),
            Metric(
                "peak_db_reads_per_s", db.peak, unit: "reads/s",
                Localized(
                    en: "busiest 100 ms for the DB after the first second, per second",
                    ko: "첫 1초 뒤 DB가 가장 바빴던 100 ms, 초당")),
            Metric(
                "db_spike_ratio", db.mean > 0 ? db.peak / db.mean : 0,
                Localized(en: "busiest 100 ms ÷ mean, after the first second", ko: "첫 1초 뒤 가장 바쁜 100 ms ÷ 평균"))
        ]
    }

    private var tierMetrics: [Metric] {
        var metrics: [Metric] = []
        for (index, tier) in model.setup.tiers.enumerated() {
            metrics.append(
                Metric(
                    "\(tier.name)_hit_ratio", Double(model.hits[index]) / Double(max(model.lookups[index], 1)),
                    Localized(en: "\(tier.name) tier: hits ÷ lookups", ko: "\(tier.name) 계층: 적중 ÷ 조회")))
            metrics.append(
                Metric(
                    "\(tier.name)_share_pct", Double(model.hits[index]) / Double(max(model.reads, 1)) * 100, unit: "%",
                    Localized(
                        en: "\(tier.name) tier: share of all reads it answered", ko: "\(tier.name) 계층: 전체 읽기 중 답한 비율")))
        }
        metrics.append(
            Metric(
                "db_share_pct", (1 - hitRatio) * 100, unit: "%",
                Localized(en: "share of reads that went to the database", ko: "데이터베이스로 간 읽기의 비율")))
        return metrics
    }

    private var settingMetrics: [Metric] {
        let setup = model.setup
        func flag(_ on: Bool) -> Double { on ? 1 : 0 }
        return [
            Metric(
                "reads_per_s", setup.rate, unit: "reads/s", Localized(en: "reads offered per second", ko: "초당 들어온 읽기")),
            Metric(
                "capacity_share_pct", Double(setup.tiers.last?.capacity ?? 0) / Double(setup.keys) * 100, unit: "%",
                Localized(
                    en: "items the global cache can hold, as a share of all items", ko: "글로벌 캐시가 담을 수 있는 항목, 전체 항목 대비")),
            Metric(
                "ttl_s", setup.ttl?.seconds ?? 0, unit: "s",
                Localized(en: "time to live (0: none)", ko: "유효 시간 (0: 없음)")),
            Metric("writes_per_s", setup.writeRate, unit: "writes/s", Localized(en: "writes per second", ko: "초당 쓰기")),
            Metric(
                "invalidate_on", flag(setup.invalidate),
                Localized(en: "1 when writes delete cached copies", ko: "쓸 때 캐시 사본을 지우면 1")),
            Metric(
                "coalesce_on", flag(setup.coalesce),
                Localized(en: "1 when misses wait for a read in flight", ko: "놓침이 진행 중인 읽기를 기다리면 1")),
            Metric("tier_count", Double(setup.tiers.count), Localized(en: "cache tiers", ko: "캐시 계층 수"))
        ]
    }

    private var tiersTable: ReportTable {
        let rows =
            model.setup.tiers.indices.map { index -> [Localized] in
                let tier = model.setup.tiers[index]
                return [
                    Localized(verbatim: tier.name), Localized(verbatim: "\(tier.instances) × \(tier.capacity)"),
                    Localized(verbatim: MetricText.format(tier.reachMs)),
                    Localized(verbatim: String(model.lookups[index])),
                    Localized(
                        verbatim: MetricText.format(
                            Double(model.hits[index]) / Double(max(model.lookups[index], 1)) * 100)),
                    Localized(
                        verbatim: MetricText.format(Double(model.hits[index]) / Double(max(model.reads, 1)) * 100))
                ]
            } + [
                [
                    Localized(verbatim: "db"), Localized(verbatim: "—"),
                    Localized(verbatim: MetricText.format(model.setup.dbMs)),
                    Localized(verbatim: String(model.dbReads)), Localized(verbatim: "—"),
                    Localized(verbatim: MetricText.format((1 - hitRatio) * 100))
                ]
            ]
        return ReportTable(
            title: Localized(en: "Where reads were answered", ko: "읽기가 답해진 곳"),
            columns: [
                Localized(en: "tier", ko: "계층"), Localized(en: "instances × items", ko: "인스턴스 × 항목"),
                Localized(en: "hop (ms)", ko: "구간 (ms)"), Localized(en: "lookups", ko: "조회"),
                Localized(en: "hit (%)", ko: "적중 (%)"), Localized(en: "of all reads (%)", ko: "전체 읽기 중 (%)")
            ],
            rows: rows)
    }

    private var dbChart: Chart {
        .line(
            LineChart(
                title: Localized(en: "Database reads per second, in 100 ms steps", ko: "초당 DB 읽기, 100 ms 단위"),
                x: Localized(en: "time", ko: "시간"), xUnit: "s",
                y: Localized(en: "reads", ko: "읽기"), yUnit: "reads/s",
                series: [
                    Series(
                        "db",
                        points: model.dbPerSpike.sums(until: model.setup.end).map {
                            Series.Point($0.time, $0.value / CacheModel.spikeInterval.seconds)
                        })
                ]))
    }
}
