import MiniCluster

extension BreakerOutcome {
    /// Sentences computed from the two runs.
    var findings: [Localized] {
        [cascadeFinding, breakerFinding, recoveryFinding, dependentFinding].compactMap { $0 }
    }

    private var cascadeFinding: Localized {
        let on = MetricText.format(Self.healthy(with).incidentSuccessPercent)
        let off = MetricText.format(Self.healthy(without).incidentSuccessPercent)
        guard Self.healthy(without).incidentSuccessPercent < 99 else {
            return Localized(
                en: "Even without a breaker the healthy endpoint answered \(off)% in time during the incident: the \(with.setup.workers) workers could absorb the slow calls, so there was no cascade to stop.",
                ko: "브레이커가 없어도 장애 동안 건강한 엔드포인트는 \(off)%를 제때 응답했습니다. 작업 스레드 \(with.setup.workers)개가 느린 호출을 감당할 수 있어서 막아야 할 연쇄 장애가 없었습니다.")
        }
        return Localized(
            en: "Without a breaker, the healthy endpoint answered only \(off)% in time during the incident, although nothing was wrong with it: the threads were all waiting on the sick dependency and the queue grew to \(without.maxQueue). With the breaker it answered \(on)%.",
            ko: "브레이커가 없으면 건강한 엔드포인트는 자기 쪽에 아무 문제가 없는데도 장애 동안 \(off)%만 제때 응답했습니다. 스레드가 모두 아픈 의존 서비스를 기다리느라 묶였고 대기열은 \(without.maxQueue)까지 늘었습니다. 브레이커가 있으면 \(on)%를 응답했습니다.")
    }

    private var breakerFinding: Localized {
        guard opens > 0 else {
            return Localized(en: "The breaker never opened: the window's failure and slow-call rates stayed under their thresholds.",
                             ko: "브레이커는 한 번도 열리지 않았습니다. 윈도의 실패율과 느린 호출 비율이 임계치 아래에 머물렀습니다.")
        }
        let rejected = Self.dependent(with).rejectedFast
        return Localized(
            en: "The breaker opened \(opens) time(s), stayed open \(MetricText.format(openSeconds)) s in all, and rejected \(rejected) calls at once instead of letting each hold a thread for up to \(MetricText.format(with.setup.callTimeout.milliseconds)) ms.",
            ko: "브레이커는 \(opens)번 열렸고 모두 합쳐 \(MetricText.format(openSeconds))초 동안 열려 있었으며, 호출 \(rejected)건을 바로 거절했습니다. 그렇지 않았다면 호출마다 스레드를 최대 \(MetricText.format(with.setup.callTimeout.milliseconds)) ms씩 붙잡았을 것입니다.")
    }

    private var recoveryFinding: Localized? {
        guard opens > 0 else { return nil }
        guard let reclosedAfter else {
            return Localized(en: "The run ended before the breaker closed again: half-open trial calls kept failing.",
                             ko: "브레이커가 다시 닫히기 전에 실행이 끝났습니다. 반열림 상태의 시험 호출이 계속 실패했습니다.")
        }
        let recovered = MetricText.format(incident.upperBound.seconds)
        return Localized(
            en: "The dependency recovered at \(recovered) s; the breaker closed \(MetricText.format(reclosedAfter)) s later, once its half-open trial calls succeeded.",
            ko: "의존 서비스는 \(recovered)초에 회복했고, 브레이커는 반열림 상태의 시험 호출이 성공한 뒤 \(MetricText.format(reclosedAfter))초 늦게 닫혔습니다.")
    }

    private var dependentFinding: Localized {
        let on = Self.dependent(with), off = Self.dependent(without)
        return Localized(
            en: "The breaker does not heal the dependency: the dependent endpoint answered \(MetricText.format(on.successPercent))% with it and \(MetricText.format(off.successPercent))% without, but its callers waited \(MetricText.format(on.latencies.meanMilliseconds)) ms on average instead of \(MetricText.format(off.latencies.meanMilliseconds)) ms: it fails fast instead of slowly.",
            ko: "브레이커가 의존 서비스를 고쳐 주지는 않습니다. 의존 엔드포인트는 브레이커가 있을 때 \(MetricText.format(on.successPercent))%, 없을 때 \(MetricText.format(off.successPercent))%를 응답했습니다. 다만 호출자가 기다린 시간은 평균 \(MetricText.format(off.latencies.meanMilliseconds)) ms가 아니라 \(MetricText.format(on.latencies.meanMilliseconds)) ms였습니다. 천천히 실패하는 대신 빨리 실패한 것입니다.")
    }
}
