import MiniCluster

extension BreakerOutcome {
    /// Every metric of the report: the chosen run's endpoints, then the breaker, then both runs side by side.
    var metrics: [Metric] { endpointMetrics + breakerMetrics + comparisonMetrics + cost.metrics }

    /// How the chosen run's endpoints fared.
    private var endpointMetrics: [Metric] {
        let healthy = chosen.stats[BreakerModel.Endpoint.healthy.rawValue]
        let dependent = chosen.stats[BreakerModel.Endpoint.dependent.rawValue]
        return [
            Metric(
                "healthy_success_pct", healthy.successEstimate, unit: "%",
                Localized(en: "healthy endpoint: requests answered in time", ko: "건강한 엔드포인트: 제때 응답한 요청")),
            Metric(
                "healthy_incident_success_pct", healthy.incidentSuccessEstimate, unit: "%",
                Localized(en: "healthy endpoint during the incident", ko: "장애 동안의 건강한 엔드포인트")),
            Metric(
                "healthy_p99_ms", healthy.latencies.percentileMilliseconds(99), unit: "ms",
                Localized(en: "healthy endpoint p99", ko: "건강한 엔드포인트 p99")),
            Metric(
                "dependent_success_pct", dependent.successEstimate, unit: "%",
                Localized(en: "dependent endpoint: requests answered in time", ko: "의존 엔드포인트: 제때 응답한 요청")),
            Metric(
                "rejected_fast", Double(dependent.rejectedFast),
                Localized(en: "calls rejected fast by the breaker", ko: "브레이커가 즉시 거절한 호출")),
            Metric(
                "max_queue", Double(chosen.maxQueue),
                Localized(en: "longest queue for a worker", ko: "작업 스레드를 기다린 가장 긴 대기열")),
            Metric(
                "healthy_incident_success_on_pct", Self.healthy(with).incidentSuccessEstimate, unit: "%",
                Localized(en: "healthy during the incident, breaker on", ko: "장애 중 건강한 엔드포인트, 브레이커 사용")),
            Metric(
                "healthy_incident_success_off_pct", Self.healthy(without).incidentSuccessEstimate, unit: "%",
                Localized(en: "healthy during the incident, breaker off", ko: "장애 중 건강한 엔드포인트, 브레이커 없음"))
        ]
    }

    /// How often the breaker opened, for how long, and when it closed again.
    private var breakerMetrics: [Metric] {
        var metrics = [
            Metric("breaker_opens", Double(opens), Localized(en: "times the breaker opened", ko: "브레이커가 열린 횟수")),
            Metric(
                "transitions", Double(with.breaker?.transitions ?? 0),
                Localized(en: "breaker state changes", ko: "브레이커 상태 변화 횟수")),
            Metric("open_s", openSeconds, unit: "s", Localized(en: "time the breaker spent open", ko: "브레이커가 열려 있던 시간"))
        ]
        if let reclosedAfter, let closedAgainAt {
            metrics.append(
                Metric(
                    "reclosed_after_s", reclosedAfter, unit: "s",
                    Localized(en: "breaker closed again this long after recovery", ko: "회복 뒤 브레이커가 다시 닫히기까지 걸린 시간")))
            metrics.append(
                Metric(
                    "closed_again_at_s", closedAgainAt.seconds, unit: "s",
                    Localized(en: "when the breaker closed for the last time", ko: "브레이커가 마지막으로 닫힌 시각")))
        }
        return metrics
    }
}
