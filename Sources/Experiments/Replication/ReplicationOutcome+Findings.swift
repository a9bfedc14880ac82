extension ReplicationOutcome {
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        list.say(
            "replication.capacity",
            Localized(
                en:
                    "{replicas} replicas serve up to {read_capacity_rps} reads/s; this run asked {read_rate} (p99 read {read_p99_ms} ms). Each replica you add brings {replica_read_capacity_rps} more.",
                ko:
                    "복제본 {replicas}개는 초당 최대 {read_capacity_rps}건을 읽을 수 있고, 이번 실행은 {read_rate}건을 요청했습니다 (읽기 p99 {read_p99_ms} ms). 복제본을 하나 더하면 {replica_read_capacity_rps}건씩 늘어납니다."
            ))
        list.say(
            "replication.read_overload", when: MetricRef("read_utilization") >= 1,
            Localized(
                en:
                    "Reads ask {read_utilization%}% of what the replicas can serve: their queues grow for as long as the run lasts. Add replicas.",
                ko: "읽기가 복제본 처리 용량의 {read_utilization%}%를 요구합니다. 실행이 이어지는 동안 대기열이 계속 늘어납니다. 복제본을 더하세요."))
        list.say(
            "replication.lag_grows", when: MetricRef("write_rate") > MetricRef("apply_rate"),
            Localized(
                en:
                    "Writes ({write_rate}/s) outpace what a replica applies ({apply_rate}/s): lag grows without bound and reached {final_lag_s} s by the end.",
                ko: "쓰기(초당 {write_rate}건)가 복제본의 반영 속도(초당 {apply_rate}건)를 앞지릅니다. 지연은 끝없이 커져 마지막에는 {final_lag_s}초가 되었습니다."
            ))
        staleness(&list)
        failover(&list)
        if model.setup.semiSyncAsked { semiSyncFindings(&list) }
        list.say(
            "replication.capped", when: MetricRef("simulated_seconds") < MetricRef("asked_seconds"),
            Localized(
                en:
                    "This much traffic fills one run's event budget after {simulated_seconds} of the {asked_seconds} s asked: the run stopped there.",
                ko:
                    "이 정도 트래픽이면 요청한 {asked_seconds}초 가운데 {simulated_seconds}초에서 한 번의 실행에 주어진 이벤트 한도가 찹니다. 실행은 거기서 멈췄습니다."
            ))
        return list.findings
    }

    private func staleness(_ list: inout FindingList) {
        list.say(
            "replication.stale", when: MetricRef("stale_reads") > 0,
            Localized(
                en:
                    "{stale_reads} replica reads ({stale_read_pct}%) returned an older version of their key than the primary had, and {ryw_violations} times a user did not see their own write.",
                ko:
                    "복제본 읽기 {stale_reads}건({stale_read_pct}%)이 마스터에 있는 것보다 오래된 키 값을 돌려주었고, 사용자가 자기가 쓴 것을 못 본 경우가 {ryw_violations}번이었습니다."
            ))
        list.say(
            "replication.ryw_hint", when: MetricRef("ryw_violations") > 0 && MetricRef("primary_after_write_ms") == 0,
            Localized(
                en:
                    "Reading from the primary for a while after one's own write (primary_after_write) removes those read-your-writes violations.",
                ko: "자기가 쓴 뒤 잠시 마스터에서 읽으면(primary_after_write) 자기 쓰기를 못 보는 경우가 사라집니다."))
        list.say(
            "replication.ryw_gone", when: MetricRef("ryw_violations") == 0 && MetricRef("primary_after_write_ms") > 0,
            Localized(
                en:
                    "With reads sent to the primary for {primary_after_write_ms} ms after each write ({primary_reads} reads), every user saw their own writes.",
                ko: "쓰기 뒤 {primary_after_write_ms} ms 동안 마스터에서 읽으니(읽기 {primary_reads}건) 모든 사용자가 자기 쓰기를 보았습니다."))
        list.say(
            "replication.fresh", when: MetricRef("stale_reads") == 0,
            Localized(
                en: "No replica read was stale in this run: replicas applied every write before anyone read its key.",
                ko: "이번 실행에서는 오래된 복제본 읽기가 없었습니다. 누가 키를 읽기 전에 복제본이 모든 쓰기를 반영했습니다."))
    }

    private func failover(_ list: inout FindingList) {
        list.say(
            "replication.no_failover", when: MetricRef("failover_asked") == 1 && MetricRef("failed_over") == 0,
            Localized(
                en:
                    "The primary was due to fail after the {simulated_seconds} s this run simulated, so no failover happened.",
                ko: "마스터 장애 시각이 이번 실행이 시뮬레이션한 {simulated_seconds}초 뒤라서 장애 조치는 일어나지 않았습니다."))
        guard model.failover != nil else { return }
        list.say(
            "replication.failover_capacity",
            when: MetricRef("read_rate") >= MetricRef("read_capacity_after_failover_rps"),
            Localized(
                en:
                    "After the failover one replica became the primary, leaving {replicas_after_failover} to serve reads: {read_rate} reads/s exceed their {read_capacity_after_failover_rps}, so reads queue from then on. Keep a spare replica for failover.",
                ko:
                    "장애 조치 뒤 복제본 하나가 마스터가 되어 읽기를 처리하는 복제본은 {replicas_after_failover}개만 남았습니다. 초당 {read_rate}건의 읽기가 그 용량 {read_capacity_after_failover_rps}를 넘어서 그때부터 읽기가 줄을 섭니다. 장애 조치용 여유 복제본을 두세요."
            ))
        list.say(
            "replication.failover_lost",
            when: MetricRef("failed_over") == 1 && MetricRef("lost_writes_async") > 0
                && MetricRef("lost_writes_semisync") == 0,
            Localized(
                en:
                    "When the primary failed, the promoted replica had received {promoted_received} of {committed_at_failover} committed writes: {lost_writes_async} writes async had acknowledged are gone. Semi-sync lost {lost_writes_semisync} and sync {lost_writes_sync}, because they acknowledge only once a replica has the write (write p99 {write_p99_semisync_ms} and {write_p99_sync_ms} ms instead of 1).",
                ko:
                    "마스터가 죽었을 때 승격된 복제본은 커밋된 쓰기 {committed_at_failover}건 중 {promoted_received}건만 받았습니다. 비동기가 확인해 준 쓰기 {lost_writes_async}건이 사라졌습니다. 반동기는 {lost_writes_semisync}건, 동기는 {lost_writes_sync}건을 잃었습니다. 복제본이 쓰기를 받은 뒤에야 확인하기 때문입니다 (대신 쓰기 p99가 1 ms가 아니라 {write_p99_semisync_ms} ms, {write_p99_sync_ms} ms)."
            ))
        list.say(
            "replication.failover_safe", when: MetricRef("failed_over") == 1 && MetricRef("lost_writes_async") == 0,
            Localized(
                en:
                    "When the primary failed, the promoted replica already had all {committed_at_failover} committed writes, so even async lost nothing this time; raise delay or writes to see the window async leaves open.",
                ko:
                    "마스터가 죽었을 때 승격된 복제본이 커밋된 쓰기 {committed_at_failover}건을 모두 갖고 있어서 이번에는 비동기도 잃은 것이 없습니다. delay나 writes를 올려 비동기가 남기는 틈을 보세요."
            ))
    }
}
