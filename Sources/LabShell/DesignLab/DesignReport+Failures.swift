import Design
import Experiments
import LabText

extension DesignReport {
    /// What failures cost: guarded calls, writes lost with a master, what a partition held back or refused.
    static func failureMetrics(_ outcome: DesignOutcome) -> [Metric] {
        let guarded = outcome.calls.guardedEdges > 0 || outcome.nodes.contains { $0.kind == .external }
        var metrics = guarded ? callMetrics(outcome.calls) : []
        if outcome.nodes.contains(where: { $0.kind == .replica }) {
            metrics.append(
                Metric(
                    "lost_writes", Double(outcome.lostWrites),
                    Localized(
                        en: "acknowledged writes lost with a dead master", ko: "죽은 마스터와 함께 사라진 확인 응답된 쓰기")))
        }
        if let fallbacks = outcome.semiSyncFallbacks {
            metrics.append(
                Metric(
                    "semi_sync_fallbacks", Double(fallbacks),
                    Localized(
                        en: "times the master stopped waiting for a semi-sync replica (timeout)",
                        ko: "마스터가 반동기 복제본 응답을 기다리다 포기한 횟수 (시간 초과)")))
        }
        if let held = outcome.heldByPartition {
            metrics.append(
                Metric(
                    "partition_held", Double(held),
                    Localized(
                        en: "most asynchronous jobs the partition held back",
                        ko: "네트워크 분단이 한때 붙잡아 둔 비동기 작업 수")))
        }
        if let refused = outcome.refusedByPartition {
            metrics.append(
                Metric(
                    "partition_failed", Double(refused),
                    Localized(
                        en: "requests failed across the partition (before health checks noticed)",
                        ko: "분단을 건너다 실패한 요청 (헬스 체크가 알아채기 전)")))
        }
        return metrics
    }

    /// The availability found by failing nodes at random, and its interval.
    static func simulatedMetrics(_ simulated: Estimate) -> [Metric] {
        [
            Metric(
                "availability_sim", simulated.value,
                Localized(en: "availability simulated with failures (MTBF/MTTR)", ko: "장애(MTBF/MTTR)를 일으켜 시뮬레이션한 가용성")),
            Metric(
                "availability_sim_ci", simulated.halfWidth, Localized(en: "its 95% interval (±)", ko: "그 95% 신뢰구간 (±)"))
        ]
    }

    /// What timeouts, retries and breakers did, for designs with guarded calls or external APIs.
    private static func callMetrics(_ calls: CallCounts) -> [Metric] {
        [
            Metric("timeouts", Double(calls.timeouts), Localized(en: "guarded calls that timed out", ko: "시간 초과된 호출")),
            Metric("retries", Double(calls.retries), Localized(en: "calls retried", ko: "재시도한 호출")),
            Metric(
                "breaker_rejected", Double(calls.breakerRejected),
                Localized(en: "calls an open breaker refused at once", ko: "열린 서킷 브레이커가 바로 거절한 호출"))
        ]
    }
}
