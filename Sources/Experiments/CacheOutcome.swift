/// The numbers of a `cache` run.
struct CacheOutcome {
    let model: CacheModel
    let che: Double

    var hitRatio: Double { Double(model.reads - model.dbReads - model.coalesced) / Double(max(model.reads, 1)) }
    var dbReduction: Double { 1 - Double(model.dbReads) / Double(max(model.reads, 1)) }

    func report(experiment: CacheExperiment, values: ParameterValues, seed: UInt64) -> Report {
        let seconds = model.setup.end.seconds
        var metrics = [
            Metric("hit_ratio", hitRatio, Localized(en: "reads answered by some cache tier", ko: "어느 캐시 계층에서든 답한 읽기의 비율")),
            Metric("che_hit_ratio", che, Localized(en: "Che's approximation for the last (global) LRU tier alone", ko: "마지막(글로벌) LRU 계층 하나에 대한 Che 근사")),
            Metric("db_reads_per_s", Double(model.dbReads) / seconds, unit: "reads/s", Localized(en: "reads that reached the database", ko: "데이터베이스까지 간 읽기")),
            Metric("db_load_reduction_pct", dbReduction * 100, unit: "%", Localized(en: "database reads saved by caching", ko: "캐시 덕분에 줄어든 DB 읽기")),
            Metric("mean_ms", model.latency.meanMilliseconds, unit: "ms", Localized(en: "mean read latency", ko: "평균 읽기 지연")),
            Metric("p99_ms", model.latency.percentileMilliseconds(99), unit: "ms", Localized(en: "99th percentile read latency", ko: "읽기 지연 99번째 백분위")),
            Metric("stale_reads", Double(model.staleReads), Localized(en: "hits that returned an outdated copy", ko: "옛 사본을 돌려준 적중")),
            Metric("duplicate_db_reads", Double(model.duplicateDBReads), Localized(en: "DB reads for a key already being read (stampede)", ko: "이미 읽는 중인 키에 대한 DB 읽기 (스탬피드)")),
            Metric("coalesced", Double(model.coalesced), Localized(en: "misses that waited for a read in flight", ko: "진행 중인 읽기를 기다린 놓침")),
            Metric("peak_db_reads_per_s", model.dbPerSecond.sums(until: model.setup.end).map(\.value).max() ?? 0, unit: "reads/s", Localized(en: "busiest second for the database", ko: "DB가 가장 바빴던 1초")),
        ]
        for (index, tier) in model.setup.tiers.enumerated() {
            metrics.append(Metric("\(tier.name)_hit_ratio", Double(model.hits[index]) / Double(max(model.lookups[index], 1)),
                                  Localized(en: "\(tier.name) tier: hits ÷ lookups", ko: "\(tier.name) 계층: 적중 ÷ 조회")))
        }
        return Report(experiment: experiment.id, seed: seed, parameters: values, section: experiment.section,
                      metrics: metrics, tables: [tiersTable], charts: [dbChart], findings: findings)
    }

    private var tiersTable: ReportTable {
        let rows = model.setup.tiers.indices.map { index -> [Localized] in
            let tier = model.setup.tiers[index]
            return [Localized(verbatim: tier.name), Localized(verbatim: String(tier.capacity)), Localized(verbatim: MetricText.format(tier.hitMs)),
                    Localized(verbatim: String(model.lookups[index])),
                    Localized(verbatim: MetricText.format(Double(model.hits[index]) / Double(max(model.lookups[index], 1)) * 100))]
        } + [[Localized(verbatim: "db"), Localized(verbatim: "—"), Localized(verbatim: MetricText.format(model.setup.dbMs)),
              Localized(verbatim: String(model.dbReads)), Localized(verbatim: "—")]]
        return ReportTable(title: Localized(en: "Where reads were answered", ko: "읽기가 답해진 곳"),
                           columns: [Localized(en: "tier", ko: "계층"), Localized(en: "capacity", ko: "용량"), Localized(en: "cost (ms)", ko: "비용 (ms)"),
                                     Localized(en: "lookups", ko: "조회"), Localized(en: "hit (%)", ko: "적중 (%)")],
                           rows: rows)
    }

    private var dbChart: Chart {
        .line(LineChart(title: Localized(en: "Database reads per second", ko: "초당 DB 읽기"), x: Localized(en: "time", ko: "시간"), xUnit: "s",
                        y: Localized(en: "reads", ko: "읽기"), yUnit: "reads/s",
                        series: [Series("db", points: model.dbPerSecond.sums(until: model.setup.end).map { Series.Point($0.time, $0.value) })]))
    }

    private var findings: [Localized] {
        var findings = [Localized(
            en: "Caches answered \(MetricText.format(hitRatio * 100))% of reads, so the database saw \(MetricText.format(Double(model.dbReads) / model.setup.end.seconds)) reads/s instead of \(MetricText.format(model.setup.rate)) (\(MetricText.format(dbReduction * 100))% fewer). Popularity is skewed: a cache holding \(MetricText.format(Double(model.setup.tiers.last!.capacity) / Double(model.setup.keys) * 100))% of the items answered \(MetricText.format(hitRatio * 100))% of the reads.",
            ko: "캐시가 읽기의 \(MetricText.format(hitRatio * 100))%에 답해서 데이터베이스는 초당 \(MetricText.format(model.setup.rate))건이 아니라 \(MetricText.format(Double(model.dbReads) / model.setup.end.seconds))건만 받았습니다 (\(MetricText.format(dbReduction * 100))% 감소). 인기가 치우쳐 있어서 항목의 \(MetricText.format(Double(model.setup.tiers.last!.capacity) / Double(model.setup.keys) * 100))%만 담은 캐시가 읽기의 \(MetricText.format(hitRatio * 100))%를 받아 냈습니다.")]
        if model.setup.tiers.count == 1 {
            findings.append(Localized(en: "Che's approximation predicts a hit ratio of \(MetricText.format(che)) for this LRU cache; the simulation measured \(MetricText.format(hitRatio)).",
                                      ko: "Che 근사는 이 LRU 캐시의 적중률을 \(MetricText.format(che))로 예측하고, 시뮬레이션은 \(MetricText.format(hitRatio))를 측정했습니다."))
        }
        if model.staleReads > 0 && !model.setup.invalidate {
            findings.append(Localized(en: "\(model.staleReads) hits returned a copy older than the database: without invalidation on write, a change shows only when the TTL expires.",
                                      ko: "적중 \(model.staleReads)건이 데이터베이스보다 오래된 사본을 돌려주었습니다. 쓸 때 무효화하지 않으면 변경은 TTL이 끝나야 보입니다."))
        } else if model.staleReads > 0 {
            findings.append(Localized(en: "Even with invalidation, \(model.staleReads) hits were stale: a database read that began before a write put the old value into the cache after the write had deleted it. A TTL limits how long such a copy lives.",
                                      ko: "무효화를 해도 적중 \(model.staleReads)건이 오래된 값이었습니다. 쓰기 전에 시작한 DB 읽기가, 쓰기가 캐시를 지운 뒤에 옛 값을 다시 넣었기 때문입니다. TTL이 그런 사본의 수명을 묶어 줍니다."))
        }
        if model.duplicateDBReads > 0 || model.coalesced > 0 {
            findings.append(model.setup.coalesce
                ? Localized(en: "Coalescing made \(model.coalesced) misses wait for a read already in flight instead of hitting the database.",
                            ko: "요청 병합 덕분에 놓침 \(model.coalesced)건이 DB로 가지 않고 진행 중인 읽기를 기다렸습니다.")
                : Localized(en: "\(model.duplicateDBReads) database reads fetched a key that was already being fetched: a stampede on popular keys as they expire. Try coalesce=true.",
                            ko: "DB 읽기 \(model.duplicateDBReads)건이 이미 읽는 중인 키를 또 읽었습니다. 인기 키가 만료될 때의 스탬피드입니다. coalesce=true를 해 보세요."))
        }
        return findings
    }
}
