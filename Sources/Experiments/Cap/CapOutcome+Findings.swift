import MiniCluster

extension CapOutcome {
    /// The numbers of the CP and AP runs and the settings that the findings quote and test.
    var comparisonMetrics: [Metric] {
        let setup = chosen.setup
        let seconds = max(
            0, (min(setup.end, setup.partition.upperBound) - min(setup.end, setup.partition.lowerBound)).seconds)
        return [
            Metric(
                "partition_s", seconds, unit: "s",
                Localized(en: "seconds of partition inside the run", ko: "실행 안에 든 분단 시간")),
            Metric(
                "overwritten_writes_ap", Double(Self.overwritten(ap)),
                Localized(en: "acknowledged writes lost at the heal, AP", ko: "분단 해소 때 잃은 확인된 쓰기, AP")),
            Metric("r", Double(setup.reads), Localized(en: "replicas a read asks", ko: "읽기가 묻는 복제본 수")),
            Metric("w", Double(setup.writes), Localized(en: "replicas a write waits for", ko: "쓰기가 기다리는 복제본 수")),
            Metric("replicas", Double(CapModel.replicas), Localized(en: "replicas N", ko: "복제본 수 N"))
        ]
    }

    /// What the runs show, each finding said only when its numbers bear it out.
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        let partitioned = MetricRef("partition_s") > 0
        list.say(
            "cap.partition",
            when: partitioned && MetricRef("side_b_availability_ap_pct") > MetricRef("side_b_availability_cp_pct"),
            Localized(
                en:
                    "During the {partition_s} s partition, CP answered {side_b_availability_cp_pct}% of side B's operations and returned {stale_reads_cp} stale reads; AP answered {side_b_availability_ap_pct}% and returned {stale_reads_ap} stale reads.",
                ko:
                    "{partition_s}초 동안의 분단에서 CP는 B쪽 연산의 {side_b_availability_cp_pct}%에 답했고 오래된 읽기는 {stale_reads_cp}건이었습니다. AP는 {side_b_availability_ap_pct}%에 답했고 오래된 읽기는 {stale_reads_ap}건이었습니다."
            ))
        list.say(
            "cap.no_partition", when: !partitioned,
            Localized(
                en:
                    "No partition fell inside this run (duration=0, or it starts after the run): every replica could reach every other, so CP and AP differ only in how many replicas each operation waits for.",
                ko: "이번 실행 안에는 분단이 없었습니다 (duration=0이거나 실행이 끝난 뒤 시작). 모든 복제본이 서로 닿았으므로 CP와 AP는 연산마다 기다리는 복제본 수만 다릅니다."))
        list.say(
            "cap.lww_loss", when: MetricRef("overwritten_writes_ap") > 0,
            Localized(
                en:
                    "Both sides of AP accepted writes while apart; at the heal last-writer-wins kept the side with the newer last write and silently discarded {overwritten_writes_ap} acknowledged writes of the other.",
                ko:
                    "AP에서는 떨어져 있는 동안 양쪽 모두 쓰기를 받았고, 분단이 풀리자 LWW가 마지막 쓰기가 더 최근인 쪽을 남기며 다른 쪽의 확인된 쓰기 {overwritten_writes_ap}건을 조용히 버렸습니다."
            ))
        quorumFindings(&list)
        if Self.convergeMilliseconds(chosen) >= 0 {
            list.say(
                "cap.converged", when: partitioned,
                Localized(
                    en: "After the heal the replicas agreed again within {converge_ms} ms: eventual consistency.",
                    ko: "분단이 풀린 뒤 {converge_ms} ms 안에 복제본들이 다시 같아졌습니다. 이것이 결과적 일관성입니다."))
        }
        RunCost.sayShortened(&list, experiment: "cap")
        return list.findings
    }

    /// Whether the read and write quorums overlap, and what that did to the reads.
    private func quorumFindings(_ list: inout FindingList) {
        list.say(
            "cap.overlap", when: MetricRef("quorum_overlap") == 1 && MetricRef("stale_reads") == 0,
            Localized(
                en:
                    "With R={r} and W={w}, R+W > N={replicas}: every read asks at least one replica that has the latest write, so no read was stale, at the price of refusing whatever cannot reach enough replicas.",
                ko:
                    "R={r}, W={w}이면 R+W > N={replicas}입니다. 모든 읽기가 최신 쓰기를 가진 복제본을 적어도 하나 묻기 때문에 오래된 읽기가 없었고, 대신 복제본에 충분히 닿지 못하는 요청은 거절합니다."
            ))
        list.say(
            "cap.no_overlap", when: MetricRef("quorum_overlap") == 0,
            Localized(
                en:
                    "With R={r} and W={w}, R+W ≤ N={replicas}: a read may ask only replicas the latest write has not reached yet ({stale_reads} stale reads here, {stale_read_pct}% of reads).",
                ko:
                    "R={r}, W={w}이면 R+W ≤ N={replicas}입니다. 읽기가 최신 쓰기를 아직 받지 못한 복제본만 물을 수 있습니다 (여기서는 오래된 읽기 {stale_reads}건, 읽기의 {stale_read_pct}%)."
            ))
    }
}
