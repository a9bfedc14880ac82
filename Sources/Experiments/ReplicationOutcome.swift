import MiniCluster

/// The numbers of a `replication` run, with write latency and failover losses for every mode.
struct ReplicationOutcome {
    let model: ReplicationModel
    let mode: String
    let end: SimTime
    /// Write acknowledgement latencies by mode: local commit, or the round trip to the first or every replica.
    private let latencies: [String: LatencyRecorder]

    init(model: ReplicationModel, mode: String, end: SimTime) {
        self.model = model
        self.mode = mode
        self.end = end
        var async = LatencyRecorder(), semisync = LatencyRecorder(), sync = LatencyRecorder()
        for version in 1..<model.commitTimes.count {
            let commit = model.commitTimes[version]
            async.record(.milliseconds(1))
            if let at = model.firstReceipt[version] { semisync.record(.milliseconds(1) + (at - commit) + (at - commit)) }
            if let at = model.allReceipts[version] { sync.record(.milliseconds(1) + (at - commit) + (at - commit)) }
        }
        latencies = ["async": async, "semisync": semisync, "sync": sync]
    }

    /// Write acknowledgement latencies of a mode.
    func writeLatency(_ mode: String) -> LatencyRecorder { latencies[mode] ?? LatencyRecorder() }

    /// Acknowledged writes the promoted replica never received: only async acknowledges before any replica has a write.
    func lost(_ mode: String) -> Int { mode == "async" ? (model.lostAtFailover ?? 0) : 0 }

    var readCapacity: Double { Double(model.setup.replicas) * model.setup.readCapacity }
    var finalLag: SimTime { model.replicas.map { model.lag(of: $0, at: end) }.max() ?? .zero }

    func report(experiment: ReplicationExperiment, values: ParameterValues, seed: UInt64) -> Report {
        let writes = writeLatency(mode)
        let checker = model.checker
        var metrics = [
            Metric("read_capacity_rps", readCapacity, unit: "reads/s", Localized(en: "reads the replicas can serve", ko: "복제본들이 처리할 수 있는 읽기")),
            Metric("read_utilization", model.setup.readRate / readCapacity, Localized(en: "read load ÷ read capacity", ko: "읽기 부하 ÷ 읽기 용량")),
            Metric("read_p99_ms", model.readLatency.percentileMilliseconds(99), unit: "ms", Localized(en: "99th percentile read latency", ko: "읽기 지연 99번째 백분위")),
            Metric("max_lag_ms", model.maxLag.milliseconds, unit: "ms", Localized(en: "worst replication lag", ko: "가장 큰 복제 지연")),
            Metric("final_lag_ms", finalLag.milliseconds, unit: "ms", Localized(en: "lag at the end of the run", ko: "실행이 끝날 때의 지연")),
            Metric("stale_reads", Double(checker.staleReads), Localized(en: "reads older than the latest acknowledged write", ko: "최신 확인 쓰기보다 오래된 읽기")),
            Metric("stale_read_pct", Double(checker.staleReads) / Double(max(checker.reads, 1)) * 100, unit: "%", Localized(en: "share of reads that were stale", ko: "오래된 읽기의 비율")),
            Metric("ryw_violations", Double(model.rywViolations), Localized(en: "users who did not see their own last write", ko: "자기가 쓴 것을 못 본 읽기")),
            Metric("primary_reads", Double(model.primaryReads), Localized(en: "reads sent to the primary after a write", ko: "쓰기 직후 프라이머리로 보낸 읽기")),
            Metric("write_p50_ms", writes.percentileMilliseconds(50), unit: "ms", Localized(en: "median write acknowledgement", ko: "쓰기 확인 중앙값")),
            Metric("write_p99_ms", writes.percentileMilliseconds(99), unit: "ms", Localized(en: "99th percentile write acknowledgement", ko: "쓰기 확인 99번째 백분위")),
        ]
        if model.lostAtFailover != nil {
            metrics += [Metric("lost_writes", Double(lost(mode)), Localized(en: "acknowledged writes lost at failover", ko: "장애 조치 때 잃은 확인된 쓰기")),
                        Metric("lost_writes_async", Double(lost("async")), Localized(en: "lost at failover, async", ko: "장애 조치 때 잃은 쓰기, 비동기"))]
        }
        return Report(experiment: experiment.id, seed: seed, parameters: values, section: experiment.section,
                      metrics: metrics, tables: [modes], charts: [lagChart], findings: findings)
    }

    private var modes: ReportTable {
        let rows = ["async", "semisync", "sync"].map { name -> [Localized] in
            let latency = writeLatency(name)
            return [Localized(verbatim: name), Localized(verbatim: MetricText.format(latency.percentileMilliseconds(50))),
                    Localized(verbatim: MetricText.format(latency.percentileMilliseconds(99))),
                    Localized(verbatim: model.lostAtFailover == nil ? "—" : String(lost(name)))]
        }
        return ReportTable(title: Localized(en: "Replication modes on this run", ko: "이 실행에서 본 복제 방식"),
                           columns: [Localized(en: "mode", ko: "방식"), Localized(en: "write p50 (ms)", ko: "쓰기 p50 (ms)"),
                                     Localized(en: "write p99 (ms)", ko: "쓰기 p99 (ms)"), Localized(en: "lost at failover", ko: "장애 조치 때 잃은 쓰기")],
                           rows: rows)
    }

    private var lagChart: Chart {
        .line(LineChart(title: Localized(en: "Worst replica lag over time", ko: "시간에 따른 가장 큰 복제 지연"),
                        x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "lag", ko: "지연"), yUnit: "ms",
                        series: [Series("lag_ms", points: model.lag.means.map { Series.Point($0.time, $0.value) })]))
    }

    private var findings: [Localized] {
        let setup = model.setup
        var findings = [Localized(
            en: "\(setup.replicas) replicas serve up to \(MetricText.format(readCapacity)) reads/s; this run asked \(MetricText.format(setup.readRate)) (p99 read \(MetricText.format(model.readLatency.percentileMilliseconds(99))) ms). Each replica you add brings \(MetricText.format(setup.readCapacity)) more.",
            ko: "복제본 \(setup.replicas)개는 초당 최대 \(MetricText.format(readCapacity))건을 읽을 수 있고, 이번 실행은 \(MetricText.format(setup.readRate))건을 요청했습니다 (읽기 p99 \(MetricText.format(model.readLatency.percentileMilliseconds(99))) ms). 복제본을 하나 더하면 \(MetricText.format(setup.readCapacity))건씩 늘어납니다.")]
        if setup.writeRate > setup.applyRate {
            findings.append(Localized(
                en: "Writes (\(MetricText.format(setup.writeRate))/s) outpace what a replica applies (\(MetricText.format(setup.applyRate))/s): lag grows without bound and reached \(MetricText.format(finalLag.seconds)) s by the end.",
                ko: "쓰기(초당 \(MetricText.format(setup.writeRate))건)가 복제본의 반영 속도(초당 \(MetricText.format(setup.applyRate))건)를 앞지릅니다. 지연은 끝없이 커져 마지막에는 \(MetricText.format(finalLag.seconds))초가 되었습니다."))
        }
        findings.append(Localized(
            en: "\(model.checker.staleReads) reads (\(MetricText.format(Double(model.checker.staleReads) / Double(max(model.checker.reads, 1)) * 100))%) returned data older than the latest write, and \(model.rywViolations) times a user did not see their own write" + (setup.primaryAfterWrite > .zero ? " even with reads sent to the primary for \(MetricText.format(setup.primaryAfterWrite.milliseconds)) ms after each write." : "; reading from the primary for a while after a write removes those."),
            ko: "읽기 \(model.checker.staleReads)건(\(MetricText.format(Double(model.checker.staleReads) / Double(max(model.checker.reads, 1)) * 100))%)이 최신 쓰기보다 오래된 값을 돌려주었고, 사용자가 자기가 쓴 것을 못 본 경우가 \(model.rywViolations)번이었습니다" + (setup.primaryAfterWrite > .zero ? " (쓰기 뒤 \(MetricText.format(setup.primaryAfterWrite.milliseconds)) ms 동안 프라이머리에서 읽었는데도)." : ". 쓴 뒤 잠깐 프라이머리에서 읽으면 이런 경우가 사라집니다.")))
        if let lost = model.lostAtFailover, lost == 0 {
            findings.append(Localized(
                en: "When the primary failed, every acknowledged write had already reached a replica, so even async lost nothing this time; raise `delay` or `writes` to see the window async leaves open.",
                ko: "프라이머리가 죽었을 때 확인된 쓰기가 모두 이미 복제본에 닿아 있어서 이번에는 비동기도 잃은 것이 없습니다. `delay`나 `writes`를 올려 비동기가 남기는 틈을 보세요."))
        } else if let lost = model.lostAtFailover {
            findings.append(Localized(
                en: "When the primary failed, \(lost) acknowledged writes had reached no replica: async loses them; semi-sync and sync acknowledge only after a replica has a write, so they lose none (write p99 \(MetricText.format(writeLatency("semisync").percentileMilliseconds(99))) and \(MetricText.format(writeLatency("sync").percentileMilliseconds(99))) ms instead of 1).",
                ko: "프라이머리가 죽었을 때 확인까지 끝난 쓰기 \(lost)건이 어느 복제본에도 닿지 않았습니다. 비동기는 이를 잃고, 반동기와 동기는 복제본이 받은 뒤에야 확인하므로 잃지 않습니다 (대신 쓰기 p99가 1 ms가 아니라 \(MetricText.format(writeLatency("semisync").percentileMilliseconds(99))) ms, \(MetricText.format(writeLatency("sync").percentileMilliseconds(99))) ms)."))
        }
        return findings
    }
}
