import MiniCluster

extension ReplicationOutcome {
    /// The replicas' read capacity and latency.
    var readMetrics: [Metric] {
        let setup = model.setup
        return [
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
                Localized(en: "99th percentile read latency", ko: "읽기 지연 99번째 백분위"))
        ]
    }

    /// How far the replicas fell behind, and the reads that saw it.
    var lagMetrics: [Metric] {
        let setup = model.setup
        let stale = model.staleShare.estimate
        return [
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
                Localized(en: "reads sent to the primary", ko: "마스터로 보낸 읽기"))
        ]
    }

    /// Write acknowledgements in each mode, and what the run simulated.
    func writeMetrics(values: ParameterValues, events: Int) -> [Metric] {
        [
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
    }
}
