import MiniCluster

extension BreakerOutcome {
    /// The numbers of both runs that the findings quote and test.
    var comparisonMetrics: [Metric] {
        let on = Self.dependent(with)
        let off = Self.dependent(without)
        return [
            Metric(
                "breaker_closed_at_end", with.states.current == CircuitBreaker.State.closed.rawValue ? 1 : 0,
                Localized(en: "1 when the breaker ends the run closed", ko: "실행이 끝날 때 브레이커가 닫혀 있으면 1")),
            Metric(
                "incident_s", incidentSeconds, unit: "s",
                Localized(en: "seconds of the incident inside the run", ko: "실행 안에 든 장애 시간")),
            Metric(
                "incident_end_s", incident.upperBound.seconds, unit: "s",
                Localized(en: "when the dependency recovered", ko: "의존 서비스가 회복한 시각")),
            Metric(
                "max_queue_off", Double(without.maxQueue),
                Localized(en: "longest queue, breaker off", ko: "가장 긴 대기열, 브레이커 없음")),
            Metric(
                "rejected_fast_on", Double(on.rejectedFast),
                Localized(en: "calls rejected fast, breaker on", ko: "즉시 거절한 호출, 브레이커 사용")),
            Metric(
                "dependent_success_on_pct", on.successEstimate, unit: "%",
                Localized(en: "dependent endpoint answered in time, breaker on", ko: "의존 엔드포인트 제때 응답, 브레이커 사용")),
            Metric(
                "dependent_success_off_pct", off.successEstimate, unit: "%",
                Localized(en: "dependent endpoint answered in time, breaker off", ko: "의존 엔드포인트 제때 응답, 브레이커 없음")),
            Metric(
                "dependent_mean_on_ms", on.latencies.meanMilliseconds, unit: "ms",
                Localized(en: "dependent endpoint mean latency, breaker on", ko: "의존 엔드포인트 평균 지연, 브레이커 사용")),
            Metric(
                "dependent_mean_off_ms", off.latencies.meanMilliseconds, unit: "ms",
                Localized(en: "dependent endpoint mean latency, breaker off", ko: "의존 엔드포인트 평균 지연, 브레이커 없음"))
        ]
    }

    /// What the two runs show, each said only when its numbers bear it out.
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        let incident = MetricRef("incident_s") > 0
        let opened = MetricRef("breaker_opens") > 0
        let off = MetricRef("healthy_incident_success_off_pct")
        cascadeFindings(&list, incident: incident, off: off)
        list.say(
            "breaker.never_opened", when: incident && !opened,
            Localized(
                en:
                    "The breaker never opened: the window's failure and slow-call rates stayed under their thresholds, or it never held min_calls calls.",
                ko: "브레이커는 한 번도 열리지 않았습니다. 윈도의 실패율과 느린 호출 비율이 임계치 아래에 머물렀거나, 윈도에 호출이 min_calls만큼 쌓이지 않았습니다."))
        list.say(
            "breaker.opened", when: opened,
            Localized(
                en:
                    "The breaker opened {breaker_opens} time(s), stayed open {open_s} s in all, and rejected {rejected_fast_on} calls at once instead of letting each hold a thread until its timeout.",
                ko:
                    "브레이커는 {breaker_opens}번 열렸고 모두 합쳐 {open_s}초 동안 열려 있었으며, 호출 {rejected_fast_on}건을 바로 거절했습니다. 그렇지 않았다면 호출마다 타임아웃까지 스레드를 붙잡았을 것입니다."
            ))
        recoveryFindings(&list, opened: opened)
        RunCost.sayShortened(&list, experiment: "breaker")
        list.say(
            "breaker.fails_fast",
            when: opened && MetricRef("dependent_mean_on_ms") < MetricRef("dependent_mean_off_ms") * 0.9,
            Localized(
                en:
                    "The breaker does not heal the dependency: the dependent endpoint answered {dependent_success_on_pct}% with it and {dependent_success_off_pct}% without, but its callers waited {dependent_mean_on_ms} ms on average instead of {dependent_mean_off_ms} ms: it fails fast instead of slowly.",
                ko:
                    "브레이커가 의존 서비스를 고쳐 주지는 않습니다. 의존 엔드포인트는 브레이커가 있을 때 {dependent_success_on_pct}%, 없을 때 {dependent_success_off_pct}%를 응답했습니다. 다만 호출자가 기다린 시간은 평균 {dependent_mean_off_ms} ms가 아니라 {dependent_mean_on_ms} ms였습니다. 천천히 실패하는 대신 빨리 실패한 것입니다."
            ))
        return list.findings
    }

    private func recoveryFindings(_ list: inout FindingList, opened: FindingCondition) {
        list.say(
            "breaker.not_reclosed", when: opened && MetricRef("breaker_closed_at_end") == 0,
            Localized(
                en:
                    "The run ended with the breaker not closed: it was still waiting in open, or its last half-open trials reached a threshold.",
                ko: "브레이커가 닫히지 않은 채 실행이 끝났습니다. 아직 열림 상태로 기다리는 중이었거나, 마지막 반열림 시험 호출이 임계치에 닿았습니다."))
        guard closedAgainAt != nil else { return }
        list.say(
            "breaker.reclosed", when: MetricRef("closed_again_at_s") >= MetricRef("incident_end_s"),
            Localized(
                en:
                    "The dependency recovered at {incident_end_s} s; the breaker closed {reclosed_after_s} s later, once its half-open trial calls stayed under the thresholds.",
                ko: "의존 서비스는 {incident_end_s}초에 회복했고, 브레이커는 반열림 상태의 시험 호출이 임계치 아래로 끝난 뒤 {reclosed_after_s}초 늦게 닫혔습니다."))
        list.say(
            "breaker.closed_while_ill", when: MetricRef("closed_again_at_s") < MetricRef("incident_end_s"),
            Localized(
                en:
                    "The breaker closed at {closed_again_at_s} s, before the dependency recovered at {incident_end_s} s: its half-open trials happened to stay under the thresholds, and it stayed closed.",
                ko:
                    "브레이커는 의존 서비스가 회복한 {incident_end_s}초보다 먼저 {closed_again_at_s}초에 닫혔습니다. 반열림 시험 호출이 우연히 임계치 아래로 끝났고, 그 뒤로 닫힌 채였습니다."
            ))
    }

    /// Whether the sick dependency dragged the healthy endpoint down, and whether the breaker stopped it.
    private func cascadeFindings(_ list: inout FindingList, incident: FindingCondition, off: MetricRef) {
        list.say(
            "breaker.no_incident", when: !incident,
            Localized(
                en:
                    "The dependency never fell ill inside the run (duration=0, or it starts after the run ends): there is nothing for a breaker to do.",
                ko: "실행 안에서 의존 서비스가 한 번도 나빠지지 않았습니다 (duration=0이거나 실행이 끝난 뒤에 시작). 브레이커가 할 일이 없습니다."))
        list.say(
            "breaker.no_cascade", when: incident && off >= 99,
            Localized(
                en:
                    "Even without a breaker the healthy endpoint answered {healthy_incident_success_off_pct}% in time during the incident: the workers could absorb the slow calls, so there was no cascade to stop.",
                ko:
                    "브레이커가 없어도 장애 동안 건강한 엔드포인트는 {healthy_incident_success_off_pct}%를 제때 응답했습니다. 작업 스레드가 느린 호출을 감당할 수 있어서 막아야 할 연쇄 장애가 없었습니다."
            ))
        list.say(
            "breaker.cascade",
            when: incident && off < 99
                && MetricRef("healthy_incident_success_on_pct.lower")
                    > MetricRef("healthy_incident_success_off_pct.upper"),
            Localized(
                en:
                    "Without a breaker, the healthy endpoint answered only {healthy_incident_success_off_pct}% in time during the incident, although nothing was wrong with it: the threads were all waiting on the sick dependency and the queue grew to {max_queue_off}. With the breaker it answered {healthy_incident_success_on_pct}%.",
                ko:
                    "브레이커가 없으면 건강한 엔드포인트는 자기 쪽에 아무 문제가 없는데도 장애 동안 {healthy_incident_success_off_pct}%만 제때 응답했습니다. 스레드가 모두 아픈 의존 서비스를 기다리느라 묶였고 대기열은 {max_queue_off}까지 늘었습니다. 브레이커가 있으면 {healthy_incident_success_on_pct}%를 응답했습니다."
            ))
        list.say(
            "breaker.no_protection",
            when: incident && off < 99
                && !(MetricRef("healthy_incident_success_on_pct.lower")
                    > MetricRef("healthy_incident_success_off_pct.upper")),
            Localized(

                en:
                    "The healthy endpoint suffered with the breaker too ({healthy_incident_success_on_pct}% in time, {healthy_incident_success_off_pct}% without), no better within the 95% intervals: it did not open early or long enough to free the threads. Try a smaller window or min_calls, or a lower slow_ms.",
                ko:
                    "브레이커가 있어도 건강한 엔드포인트가 피해를 보았습니다 (제때 응답 {healthy_incident_success_on_pct}%, 없을 때 {healthy_incident_success_off_pct}%). 스레드를 풀어 줄 만큼 일찍, 오래 열리지 못했습니다. window나 min_calls, slow_ms를 줄여 보세요."
            ))
    }
}
