import MiniCluster

/// The numbers of a `replication` run, with write latency and failover losses for every mode.
struct ReplicationOutcome {
    static let modes = ["async", "semisync", "sync"]
    let model: ReplicationModel
    let mode: String
    let end: SimTime
    /// Write acknowledgement latencies by mode: local commit, or the round trip to the first or every replica.
    private let latencies: [String: LatencyRecorder]
    /// Semi-sync on each primary in turn: the old one up to the failover, then the promoted one.
    let semiSync: [SemiSyncTimeline]

    init(model: ReplicationModel, mode: String, end: SimTime) {
        self.model = model
        self.mode = mode
        self.end = end
        semiSync = Self.semiSyncParts(model, end: end)
        let semiSyncAcks = Self.survivingAcks(semiSync, failover: model.failover)
        var async = LatencyRecorder()
        var semisync = LatencyRecorder()
        var sync = LatencyRecorder()
        for version in 1..<model.commitTimes.count {
            let commit = model.commitTimes[version]
            async.record(.milliseconds(1))
            if let ack = semiSyncAcks[version - 1] { semisync.record(.milliseconds(1) + (ack.at - commit)) }
            if let at = model.allAcks[version] { sync.record(.milliseconds(1) + (at - commit)) }
        }
        latencies = ["async": async, "semisync": semisync, "sync": sync]
    }

    /// Write acknowledgement latencies of a mode.
    func writeLatency(_ mode: String) -> LatencyRecorder { latencies[mode] ?? LatencyRecorder() }

    var readCapacity: Double { Double(model.setup.replicas) * model.setup.readCapacity }
    var finalLag: SimTime { model.replicas.filter(\.serving).map { model.lag(of: $0, at: end) }.max() ?? .zero }

    func report(values: ParameterValues, events: Int) -> Report {
        let setup = model.setup
        let stale = model.staleShare.estimate
        var metrics = [
            Metric("replicas", Double(setup.replicas), Localized(en: "read replicas", ko: "읽기 복제본 수")),
            Metric(
                "replica_read_capacity_rps", setup.readCapacity, unit: "reads/s",
                Localized(en: "reads one replica serves", ko: "복제본 하나가 처리하는 읽기")),
            Metric("read_rate", setup.readRate, unit: "reads/s", Localized(en: "reads asked", ko: "요청한 읽기")),
            Metric("write_rate", setup.writeRate, unit: "writes/s", Localized(en: "writes asked", ko: "요청한 쓰기")),
            Metric(
                "apply_rate", setup.applyRate, unit: "writes/s",
                Localized(en: "writes one replica applies", ko: "복제본 하나가 반영하는 쓰기")),
            Metric(
                "read_capacity_rps", readCapacity, unit: "reads/s",
                Localized(en: "reads the replicas can serve", ko: "복제본들이 처리할 수 있는 읽기")),
            Metric(
                "read_utilization", setup.readRate / readCapacity,
                Localized(en: "read load ÷ read capacity", ko: "읽기 부하 ÷ 읽기 용량")),
            Metric(
                "read_p99_ms", model.readLatency.percentileMilliseconds(99), unit: "ms",
                Localized(en: "99th percentile read latency", ko: "읽기 지연 99번째 백분위")),
            Metric(
                "max_lag_ms", model.maxLag.milliseconds, unit: "ms",
                Localized(
                    en: "worst replication lag (age of the oldest unapplied write)",
                    ko: "가장 큰 복제 지연 (반영 안 된 가장 오래된 쓰기의 나이)")),
            Metric(
                "final_lag_ms", finalLag.milliseconds, unit: "ms",
                Localized(en: "lag at the end of the run", ko: "실행이 끝날 때의 지연")),
            Metric(
                "final_lag_s", finalLag.seconds, unit: "s",
                Localized(en: "lag at the end of the run", ko: "실행이 끝날 때의 지연")),
            Metric(
                "stale_reads", Double(model.staleReads),
                Localized(en: "replica reads older than their key's latest write", ko: "키의 최신 쓰기보다 오래된 복제본 읽기")),
            Metric(
                "stale_read_pct", Estimate(mean: stale.mean * 100, halfWidth: stale.halfWidth * 100), unit: "%",
                Localized(en: "share of replica reads that were stale", ko: "복제본 읽기 중 오래된 읽기의 비율")),
            Metric(
                "ryw_violations", Double(model.rywViolations),
                Localized(en: "reads where a user did not see their own last write", ko: "자기가 쓴 것을 못 본 읽기")),
            Metric(
                "primary_after_write_ms", setup.primaryAfterWrite.milliseconds, unit: "ms",
                Localized(en: "reads go to the primary this long after one's write", ko: "쓴 뒤 이 시간 동안 마스터에서 읽기")),
            Metric(
                "primary_reads", Double(model.primaryReads),
                Localized(en: "reads sent to the primary", ko: "마스터로 보낸 읽기")),
            Metric(
                "write_p50_ms", writeLatency(mode).percentileMilliseconds(50), unit: "ms",
                Localized(en: "median write acknowledgement", ko: "쓰기 확인 중앙값")),
            Metric(
                "write_p99_ms", writeLatency(mode).percentileMilliseconds(99), unit: "ms",
                Localized(en: "99th percentile write acknowledgement", ko: "쓰기 확인 99번째 백분위")),
            Metric(
                "write_p99_semisync_ms", writeLatency("semisync").percentileMilliseconds(99), unit: "ms",
                Localized(en: "write p99 if semi-sync", ko: "반동기일 때 쓰기 p99")),
            Metric(
                "write_p99_sync_ms", writeLatency("sync").percentileMilliseconds(99), unit: "ms",
                Localized(en: "write p99 if sync", ko: "동기일 때 쓰기 p99")),
            Metric(
                "simulated_seconds", end.seconds, unit: "s",
                Localized(en: "seconds simulated (the event budget may cut the run)", ko: "시뮬레이션한 시간 (이벤트 한도가 줄일 수 있음)")
            ),
            Metric(
                "asked_seconds", values[ReplicationExperiment.Key.seconds], unit: "s",
                Localized(en: "seconds asked for", ko: "요청한 시간")),
            Metric(
                "failover_asked", values[ReplicationExperiment.Key.failAt] > 0 ? 1 : 0,
                Localized(en: "a primary failure was asked for (1 yes)", ko: "마스터 장애를 요청함 (1 예)")),
            Metric(
                "failed_over", model.failover == nil ? 0 : 1,
                Localized(en: "the primary failed and a replica was promoted (1 yes)", ko: "마스터가 죽고 복제본이 승격됨 (1 예)")),
            Metric("events", Double(events), Localized(en: "simulated events", ko: "처리한 이벤트 수"))
        ]
        if let failover = model.failover { metrics += failoverMetrics(failover) }
        guard setup.semiSyncAsked else {
            return Report(metrics: metrics, tables: [modesTable], charts: [lagChart], findings: findings(metrics))
        }
        metrics += semiSyncMetrics
        return Report(
            metrics: metrics, tables: [modesTable], charts: [lagChart], timelines: [semiSyncTimeline],
            findings: findings(metrics))
    }

    private func failoverMetrics(_ failover: ReplicationFailover) -> [Metric] {
        let left = Double(model.replicas.filter(\.serving).count)
        return [
            Metric(
                "replicas_after_failover", left,
                Localized(en: "replicas left serving reads after one was promoted", ko: "하나가 승격된 뒤 읽기를 처리하는 복제본")),
            Metric(
                "read_capacity_after_failover_rps", left * model.setup.readCapacity, unit: "reads/s",
                Localized(en: "read capacity after the failover", ko: "장애 조치 뒤 읽기 용량")),
            Metric(
                "committed_at_failover", Double(failover.committed),
                Localized(en: "writes the old primary had committed", ko: "옛 마스터가 커밋한 쓰기")),
            Metric(
                "promoted_received", Double(failover.promotedReceived),
                Localized(en: "of them, received by the promoted replica", ko: "그중 승격된 복제본이 받은 쓰기")),
            Metric(
                "lost_writes", Double(failover.lostAcknowledged[mode] ?? 0),
                Localized(en: "acknowledged writes lost at failover (this mode)", ko: "장애 조치 때 잃은 확인된 쓰기 (이 방식)")),
            Metric(
                "lost_writes_async", Double(failover.lostAcknowledged["async"] ?? 0),
                Localized(en: "lost at failover, async", ko: "장애 조치 때 잃은 쓰기, 비동기")),
            Metric(
                "lost_writes_semisync", Double(failover.lostAcknowledged["semisync"] ?? 0),
                Localized(en: "lost at failover, semi-sync", ko: "장애 조치 때 잃은 쓰기, 반동기")),
            Metric(
                "lost_writes_sync", Double(failover.lostAcknowledged["sync"] ?? 0),
                Localized(en: "lost at failover, sync", ko: "장애 조치 때 잃은 쓰기, 동기"))
        ]
    }

    private var modesTable: ReportTable {
        let rows = Self.modes.map { name -> [Localized] in
            let latency = writeLatency(name)
            return [
                Localized(verbatim: name), Localized(verbatim: MetricText.format(latency.percentileMilliseconds(50))),
                Localized(verbatim: MetricText.format(latency.percentileMilliseconds(99))),
                Localized(verbatim: model.failover.map { String($0.lostAcknowledged[name] ?? 0) } ?? "—")
            ]
        }
        return ReportTable(
            title: Localized(en: "Replication modes on this run", ko: "이 실행에서 본 복제 방식"),
            columns: [
                Localized(en: "mode", ko: "방식"), Localized(en: "write p50 (ms)", ko: "쓰기 p50 (ms)"),
                Localized(en: "write p99 (ms)", ko: "쓰기 p99 (ms)"),
                Localized(en: "lost at failover", ko: "장애 조치 때 잃은 쓰기")
            ],
            rows: rows)
    }

    private var lagChart: Chart {
        .line(
            LineChart(
                title: Localized(en: "Worst replica lag over time", ko: "시간에 따른 가장 큰 복제 지연"),
                x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "lag", ko: "지연"), yUnit: "ms",
                series: [Series("lag_ms", points: model.lag.means.map { Series.Point($0.time, $0.value) })]))
    }
}
