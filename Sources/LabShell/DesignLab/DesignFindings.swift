import Design
import Experiments
import LabText

/// What a design run says in words: the bottleneck and what to scale, the single points of failure.
enum DesignFindings {
    static func findings(_ outcome: DesignOutcome, metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics + bottleneckMetrics(outcome))
        if let bottleneck = outcome.bottleneck { say(bottleneck, into: &list) }
        sayAvailability(outcome, into: &list)
        sayFailureHandling(into: &list, reported: Set(metrics.map(\.name)))
        list.say(
            "design.errors", when: MetricRef("error_rate") > 0.001,
            Localized(
                en: "{error_rate%}% of requests failed.", ko: "요청의 {error_rate%}%가 실패했습니다."))
        return list.findings
    }

    /// The bottleneck's numbers the findings quote; none without a bottleneck.
    private static func bottleneckMetrics(_ outcome: DesignOutcome) -> [Metric] {
        guard let bottleneck = outcome.bottleneck else { return [] }
        return [
            Metric("bottleneck.needed", Double(bottleneck.needed), Localized(verbatim: "nodes needed")),
            Metric("bottleneck.tier", Double(bottleneck.tierSize), Localized(verbatim: "nodes now")),
            Metric(
                "bottleneck.add", Double(bottleneck.needed - bottleneck.tierSize),
                Localized(en: "nodes to add", ko: "더할 노드 수")),
            Metric("bottleneck.read_share", bottleneck.readShare, Localized(verbatim: "read share"))
        ]
    }

    private static func sayAvailability(_ outcome: DesignOutcome, into list: inout FindingList) {
        let points = outcome.availability.singlePoints.map { "\($0.node) (\($0.classes.joined(separator: "+")))" }
        let pointsKo = outcome.availability.singlePoints.map { point in
            "\(point.node) (\(point.classes.map { $0 == "read" ? "읽기" : "쓰기" }.joined(separator: "+")))"
        }
        list.say(
            "design.spof", when: MetricRef("spof_count") > 0,
            Localized(
                en:
                    "Single points of failure: \(points.joined(separator: ", ")). Availability from the graph is {availability} ({nines} nines).",
                ko: "단일 장애점: \(pointsKo.joined(separator: ", ")). 그래프로 계산한 가용성은 {availability} (나인 {nines}개)입니다."))
        list.say(
            "design.no_spof", when: MetricRef("spof_count") == 0,
            Localized(
                en: "No single point of failure; availability from the graph is {availability} ({nines} nines).",
                ko: "단일 장애점이 없습니다. 그래프로 계산한 가용성은 {availability} (나인 {nines}개)입니다."))
        if outcome.availabilitySimulated != nil {
            list.say(
                "design.availability_sim", when: MetricRef("availability_sim") >= 0,
                Localized(
                    en:
                        "Failing nodes at random (MTBF/MTTR) over 200 simulated years gives {availability_sim} ± {availability_sim_ci}.",
                    ko: "노드를 무작위로 고장 내며(MTBF/MTTR) 200년을 시뮬레이션하면 {availability_sim} ± {availability_sim_ci}입니다."))
        }
    }

    private static func say(_ bottleneck: Bottleneck, into list: inout FindingList) {
        let id = bottleneck.node
        let busy = "\(id).utilization"
        list.say(
            "design.bottleneck.scale",
            when: MetricRef(busy) > bottleneck.target && MetricRef("bottleneck.read_share") < 0.5,
            Localized(
                en: "Bottleneck: \(id) at {\(busy)%}% busy. Its tier of {bottleneck.tier} needs {bottleneck.needed} "
                    + "to stay under 70%: add {bottleneck.add}.",
                ko: "병목: \(id)가 {\(busy)%}% 바쁩니다. 이 계층 {bottleneck.tier}대가 70% 아래로 내려가려면 "
                    + "{bottleneck.needed}대가 필요합니다: {bottleneck.add}대를 더하세요."))
        list.say(
            "design.bottleneck.reads",
            when: MetricRef(busy) > bottleneck.target && MetricRef("bottleneck.read_share") >= 0.5,
            Localized(
                en: "Bottleneck: \(id) at {\(busy)%}% busy, {bottleneck.read_share%}% of its work reads: a cache or "
                    + "read replicas take that off it (or {bottleneck.needed} nodes of its kind instead of {bottleneck.tier}).",
                ko: "병목: \(id)가 {\(busy)%}% 바쁘고 일의 {bottleneck.read_share%}%가 읽기입니다: 캐시나 읽기 복제본이 "
                    + "그 부담을 덜어 줍니다 (아니면 같은 종류 {bottleneck.tier}대를 {bottleneck.needed}대로)."))
        list.say(
            "design.bottleneck.none", when: MetricRef(busy) <= bottleneck.target,
            Localized(
                en: "The busiest node is \(id) at {\(busy)%}%: every tier has headroom at this load.",
                ko: "가장 바쁜 노드는 \(id)로 {\(busy)%}%입니다: 이 부하에서는 모든 계층에 여유가 있습니다."))
    }
}

extension DesignFindings {
    /// What breakers, partitions and semi-sync replication did, when they did something.
    fileprivate static func sayFailureHandling(into list: inout FindingList, reported: Set<String>) {
        if reported.contains("breaker_rejected") {
            list.say(
                "design.breaker", when: MetricRef("breaker_rejected") > 0,
                Localized(
                    en: "Open breakers refused {breaker_rejected} calls at once ({timeouts} calls timed out first): "
                        + "the callers failed fast instead of waiting.",
                    ko: "열린 서킷 브레이커가 호출 {breaker_rejected}건을 바로 거절했습니다 (그 전에 {timeouts}건이 시간 초과): "
                        + "호출하는 쪽은 기다리지 않고 빨리 실패했습니다."))
        }
        if reported.contains("partition_failed") {
            list.say(
                "design.partition", when: MetricRef("partition_failed") > 0,
                Localized(
                    en:
                        "{partition_failed} requests failed across the partition, sent before the health checks noticed it.",
                    ko: "헬스 체크가 알아채기 전에 보낸 요청 {partition_failed}건이 분단을 건너다 실패했습니다."))
        }
        guard reported.contains("semi_sync_fallbacks") else { return }
        list.say(
            "design.semi_sync_fallback", when: MetricRef("semi_sync_fallbacks") > 0,
            Localized(
                en: "The master stopped waiting for its semi-sync replica {semi_sync_fallbacks} time(s) and went on "
                    + "as async: writes acknowledged then can be lost at a failover.",
                ko: "마스터가 반동기 복제본 응답을 기다리다 {semi_sync_fallbacks}번 포기하고 비동기로 계속했습니다: "
                    + "그동안 확인 응답된 쓰기는 장애 조치 때 잃을 수 있습니다."))
    }
}
