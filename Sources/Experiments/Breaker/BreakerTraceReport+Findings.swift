import MiniCluster

extension BreakerTraceReport {
    /// The calls at which the state changed, with the state before each.
    var changes: [(step: CircuitBreaker.TraceStep, from: CircuitBreaker.State)] {
        var previous = CircuitBreaker.State.closed
        var changes: [(step: CircuitBreaker.TraceStep, from: CircuitBreaker.State)] = []
        for step in steps where step.state != previous {
            changes.append((step, previous))
            previous = step.state
        }
        return changes
    }

    /// The first changes that findings narrate, one sentence each.
    static let narrated = 10

    /// Per narrated change `k`: its call, the states before and after, and the rates judged there.
    var changeMetrics: [Metric] {
        let configuration = breaker.configuration
        var metrics = [
            Metric(
                "failure_threshold_pct", configuration.failureRateThreshold * 100, unit: "%",
                Localized(en: "failure rate that opens", ko: "브레이커를 여는 실패율")),
            Metric(
                "slow_threshold_pct", configuration.slowCallRateThreshold * 100, unit: "%",
                Localized(en: "slow-call rate that opens", ko: "브레이커를 여는 느린 호출 비율")),
            Metric(
                "min_calls_closed", Double(configuration.minimumCalls),
                Localized(en: "calls judged in closed", ko: "닫힘 상태에서 판단에 필요한 호출 수"))
        ]
        for (index, change) in changes.prefix(Self.narrated).enumerated() {
            let k = index + 1
            metrics += [
                Metric(
                    "change_\(k)_call", Double(change.step.call),
                    Localized(en: "call of state change \(k)", ko: "상태 변화 \(k)의 호출")),
                Metric(
                    "change_\(k)_from", Double(change.from.rawValue),
                    Localized(en: "state before change \(k)", ko: "상태 변화 \(k) 전 상태")),
                Metric(
                    "change_\(k)_to", Double(change.step.state.rawValue),
                    Localized(en: "state after change \(k)", ko: "상태 변화 \(k) 뒤 상태")),
                Metric(
                    "change_\(k)_failure_pct", (change.step.failureRate ?? -0.01) * 100, unit: "%",
                    Localized(en: "failure rate judged at change \(k) (-1: none)", ko: "상태 변화 \(k)에서 판단한 실패율 (-1: 없음)")),
                Metric(
                    "change_\(k)_slow_pct", (change.step.slowRate ?? -0.01) * 100, unit: "%",
                    Localized(
                        en: "slow-call rate judged at change \(k) (-1: none)", ko: "상태 변화 \(k)에서 판단한 느린 호출 비율 (-1: 없음)")
                )
            ]
        }
        return metrics
    }

    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        list.say(
            "breaker.trace.stayed_closed", when: MetricRef("trace_transitions") == 0,
            Localized(
                en:
                    "The breaker stayed closed for all {trace_calls} calls: rates are judged only once the window holds {min_calls_closed} calls (min_calls, capped at a count window's size), and then they stayed under the thresholds.",
                ko:
                    "브레이커는 {trace_calls}번의 호출 내내 닫혀 있었습니다. 윈도에 호출이 {min_calls_closed}개(min_calls, count 윈도의 크기까지) 쌓여야 비율을 따지는데, 그 뒤에도 임계치 아래였습니다."
            ))
        for k in (1...Self.narrated).prefix(changes.count) { say(change: k, in: &list) }
        list.say(
            "breaker.trace.more", when: MetricRef("trace_transitions") > Double(Self.narrated),
            Localized(
                en: "… {trace_transitions} state changes in all; the table shows every call.",
                ko: "… 상태 변화는 모두 {trace_transitions}번이며, 표에 모든 호출이 나옵니다."))
        return list.findings
    }

    private func say(change k: Int, in list: inout FindingList) {
        let from = MetricRef("change_\(k)_from")
        let to = MetricRef("change_\(k)_to")
        let tripped =
            MetricRef("change_\(k)_failure_pct") >= MetricRef("failure_threshold_pct")
            || MetricRef("change_\(k)_slow_pct") >= MetricRef("slow_threshold_pct")
        let judged = MetricRef("change_\(k)_failure_pct") >= 0
        list.say(
            "breaker.trace.opened", when: from == 0 && to == 1 && tripped,
            Localized(
                en:
                    "Call {change_\(k)_call} opened the breaker: the window's failure rate was {change_\(k)_failure_pct}% and its slow-call rate {change_\(k)_slow_pct}%, at or above a threshold ({failure_threshold_pct}% failures, {slow_threshold_pct}% slow).",
                ko:
                    "{change_\(k)_call}번째 호출에서 브레이커가 열렸습니다. 윈도의 실패율은 {change_\(k)_failure_pct}%, 느린 호출 비율은 {change_\(k)_slow_pct}%로 임계치(실패 {failure_threshold_pct}%, 느린 호출 {slow_threshold_pct}%) 이상이었습니다."
            ))
        list.say(
            "breaker.trace.half_open", when: from == 1 && to == 2,
            Localized(
                en:
                    "Call {change_\(k)_call} came after the wait in open, so the breaker went half-open and let it through as a trial.",
                ko: "{change_\(k)_call}번째 호출은 열림 대기 시간이 지난 뒤에 왔으므로 브레이커가 반열림으로 바뀌고 이 호출을 시험 삼아 통과시켰습니다."))
        list.say(
            "breaker.trace.reopened", when: from == 2 && to == 1 && tripped,
            Localized(
                en:
                    "Call {change_\(k)_call} completed the half-open trials it judges (min(min_calls, half_open_calls)) with a failure rate of {change_\(k)_failure_pct}% and a slow-call rate of {change_\(k)_slow_pct}%, at or above a threshold, so the breaker opened again for another wait.",
                ko:
                    "{change_\(k)_call}번째 호출로 판단에 필요한 반열림 시험 호출(min(min_calls, half_open_calls))이 끝났는데 실패율 {change_\(k)_failure_pct}%, 느린 호출 비율 {change_\(k)_slow_pct}%로 임계치 이상이어서 브레이커가 다시 열리고 또 기다립니다."
            ))
        list.say(
            "breaker.trace.closed", when: from == 2 && to == 0 && judged && !tripped,
            Localized(
                en:
                    "Call {change_\(k)_call} completed the half-open trials it judges (min(min_calls, half_open_calls)) with a failure rate of {change_\(k)_failure_pct}% and a slow-call rate of {change_\(k)_slow_pct}%, under both thresholds, so the breaker closed.",
                ko:
                    "{change_\(k)_call}번째 호출로 판단에 필요한 반열림 시험 호출(min(min_calls, half_open_calls))이 끝났고 실패율 {change_\(k)_failure_pct}%, 느린 호출 비율 {change_\(k)_slow_pct}%로 두 임계치 아래였으므로 브레이커가 닫혔습니다."
            ))
    }
}
