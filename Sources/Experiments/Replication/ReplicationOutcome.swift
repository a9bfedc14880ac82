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
        var metrics = readMetrics + lagMetrics + writeMetrics(values: values, events: events)
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
