import MiniCluster

/// The numbers of a `cachepatterns` run.
struct CachePatternsOutcome {
    let model: CachePatternsModel
    let cost: RunCost

    private var end: SimTime { model.setup.end }
    private var seconds: Double { end.seconds }

    /// The busiest whole second of a one-second series (the mean rate when no second is whole).
    func peakPerSecond(_ series: TimeSeries) -> Double {
        let buckets = series.sums(until: end).map(\.value)
        let whole = Int(seconds)
        guard whole > 0 else { return buckets.reduce(0, +) / seconds }
        return buckets.prefix(whole).max() ?? 0
    }

    func report() -> Report {
        let metrics = readMetrics + databaseMetrics + entryMetrics + settingMetrics + cost.metrics
        return Report(metrics: metrics, charts: [databaseChart], findings: findings(metrics))
    }

    private var readMetrics: [Metric] {
        let hitRatio = Double(model.hits) / Double(max(model.readCount, 1))
        return [
            Metric(
                "hit_ratio", Estimate(mean: hitRatio, halfWidth: model.hitBatches.estimate.halfWidth),
                Localized(en: "reads the cache answered alone", ko: "캐시만으로 답한 읽기의 비율")),
            Metric(
                "read_mean_ms", model.readLatency.meanMilliseconds, unit: "ms",
                Localized(en: "mean read latency", ko: "평균 읽기 지연 시간")),
            Metric(
                "read_p99_ms", model.readLatency.percentileMilliseconds(99), unit: "ms",
                Localized(en: "99th percentile read latency", ko: "읽기 지연 시간 p99")),
            Metric(
                "write_p99_ms", model.writeLatency.percentileMilliseconds(99), unit: "ms",
                Localized(en: "99th percentile write acknowledgement", ko: "쓰기 완료 응답 p99")),
            Metric(
                "stale_reads", Double(model.staleReads),
                Localized(en: "hits older than the last acknowledged write", ko: "마지막으로 완료된 쓰기보다 오래된 값을 돌려준 적중")),
            Metric(
                "writes_acked", Double(model.writesAcked),
                Localized(en: "writes acknowledged to the writer", ko: "쓰는 쪽에 완료를 알린 쓰기")),
            Metric(
                "lost_writes", Double(model.lostWrites),
                Localized(en: "acknowledged writes lost when the cache died", ko: "캐시가 죽을 때 사라진, 완료를 알린 쓰기")),
            Metric(
                "crashed", model.crashed ? 1 : 0,
                Localized(en: "1 when the cache died in the run", ko: "실행 중에 캐시가 죽었으면 1"))
        ]
    }

    private var databaseMetrics: [Metric] {
        let mean = Double(model.dbReads) / seconds
        let peak = peakPerSecond(model.dbReadSeries)
        return [
            Metric(
                "db_reads_per_s", mean, unit: "reads/s",
                Localized(en: "database reads per second, on average", ko: "초당 데이터베이스 읽기, 평균")),
            Metric(
                "db_peak_reads_per_s", peak, unit: "reads/s",
                Localized(en: "database reads in its busiest second", ko: "데이터베이스가 가장 바빴던 1초의 읽기")),
            Metric(
                "db_peak_ratio", mean > 0 ? peak / mean : 0,
                Localized(en: "busiest second ÷ mean", ko: "가장 바쁜 1초 ÷ 평균")),
            Metric(
                "duplicate_db_reads", Double(model.duplicateDBReads),
                Localized(
                    en: "misses that read a key already being read (stampede)", ko: "이미 읽는 중인 키를 또 읽은 캐시 미스 (스탬피드)")),
            Metric(
                "db_writes", Double(model.dbWrites), Localized(en: "writes the database received", ko: "데이터베이스가 받은 쓰기")),
            Metric(
                "db_writes_per_s", Double(model.dbWrites) / seconds, unit: "writes/s",
                Localized(en: "database writes per second", ko: "초당 데이터베이스 쓰기"))
        ]
    }

    private var entryMetrics: [Metric] {
        let keys = Double(model.setup.keys)
        let jitter = model.setup.jitter.seconds
        return [
            Metric("prefilled", keys, Localized(en: "entries loaded at time zero", ko: "시각 0에 올린 항목")),
            Metric(
                "expiry_peak_per_s", peakPerSecond(model.ledger.expirations), unit: "entries/s",
                Localized(en: "entries expiring in the busiest second", ko: "가장 많이 만료된 1초의 항목 수")),
            Metric(
                "jitter_theory_peak_per_s", keys / max(jitter, 1), unit: "entries/s",
                Localized(
                    en: "n ÷ J: the loaded entries spread evenly over the jitter (one second at least)",
                    ko: "n ÷ J: 올린 항목이 지터 구간에 고르게 퍼질 때 (최소 1초)")),
            Metric(
                "refreshes", Double(model.refreshes),
                Localized(en: "background refreshes before expiry (refresh-ahead)", ko: "만료 전 백그라운드 갱신 (미리 갱신)")),
            Metric(
                "wasted_refreshes", Double(model.ledger.wastedRefreshes),
                Localized(
                    en: "refreshes no read used before the entry expired or was replaced",
                    ko: "항목이 만료되거나 바뀔 때까지 아무 읽기도 쓰지 않은 갱신")),
            Metric(
                "wasted_refresh_pct", Double(model.ledger.wastedRefreshes) / Double(max(model.refreshes, 1)) * 100,
                unit: "%", Localized(en: "share of refreshes wasted", ko: "헛된 갱신의 비율")),
            Metric(
                "early_refreshes", Double(model.earlyRefreshes),
                Localized(en: "reads that refreshed an entry early (XFetch)", ko: "항목을 일찍 갱신한 읽기 (XFetch)"))
        ]
    }

    private var settingMetrics: [Metric] {
        let setup = model.setup
        return [
            Metric("ttl_s", setup.ttl.seconds, unit: "s", Localized(en: "time to live", ko: "TTL(유효 시간)")),
            Metric(
                "ttl_jitter_s", setup.jitter.seconds, unit: "s",
                Localized(en: "largest random extra life", ko: "가장 큰 임의 추가 시간")),
            Metric(
                "early_refresh_beta", setup.earlyRefresh,
                Localized(en: "XFetch's beta (0: off)", ko: "XFetch의 베타 (0: 끔)")),
            Metric("db_ms", setup.dbTime.milliseconds, unit: "ms", Localized(en: "database time", ko: "데이터베이스 시간")),
            Metric(
                "crash_at_s", setup.crashAt?.seconds ?? 0, unit: "s",
                Localized(en: "when the cache died (0: never)", ko: "캐시가 죽은 시각 (0: 안 죽음)"))
        ]
    }

    private var databaseChart: Chart {
        func series(_ name: String, _ label: Localized, _ values: TimeSeries) -> Series {
            Series(name, label: label, points: values.sums(until: end).map { Series.Point($0.time, $0.value) })
        }
        return .line(
            LineChart(
                title: Localized(en: "Database reads and cache expiries per second", ko: "초당 데이터베이스 읽기와 캐시 만료"),
                x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "per second", ko: "초당"), yUnit: "/s",
                series: [
                    series("db_reads", Localized(en: "db_reads", ko: "DB 읽기"), model.dbReadSeries),
                    series("expiries", Localized(en: "expiries", ko: "만료"), model.ledger.expirations)
                ]))
    }
}
