import MiniCluster

extension RetryOutcome {
    static let jittered: [RetryPolicy] = [.fullJitter, .equalJitter, .decorrelatedJitter]

    /// What the runs of every policy show, each said only when its numbers bear it out.
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        contentionFindings(&list)
        orderingFindings(&list)
        waveFindings(&list)
        rankingFindings(&list)
        list.say(
            "retry.cut", when: MetricRef("budget_cut") == 1,
            Localized(
                en:
                    "The event budget ({events} events in all) stopped some runs before every client had finished or given up: their numbers cover only the start of the herd.",
                ko: "이벤트 한도(모두 {events}개)가 모든 클라이언트가 끝내거나 포기하기 전에 일부 실행을 멈췄습니다. 그 숫자는 클라이언트 무리의 앞부분만 담고 있습니다."))

        return list.findings
    }

    private func perDone(_ policy: RetryPolicy) -> MetricRef { MetricRef("calls_per_done_\(policy.rawValue)") }

    private func contentionFindings(_ list: inout FindingList) {
        list.say(
            "retry.storm",
            when: perDone(.immediate).lower > perDone(.exponential).upper
                && MetricRef("work_done_immediate_pct").upper < 100,
            Localized(
                en:
                    "Retrying at once, the clients made {calls_immediate} calls and got only {work_done_immediate_pct}% of the work done: every rejected call still costs the resource work, so the storm kept it busy refusing calls instead of serving them.",
                ko:
                    "곧바로 재시도하면 클라이언트가 호출을 {calls_immediate}번 보내고도 작업의 {work_done_immediate_pct}%만 끝냈습니다. 거절한 호출에도 자원의 일이 들기 때문에, 재시도 폭풍이 자원을 호출을 처리하는 대신 거절하는 데 묶어 두었습니다."
            ))
        list.say(
            "retry.jitter",
            Localized(
                en:
                    "Averaged over {replications} herds, exponential backoff without jitter made {calls_exponential} calls ({calls_per_done_exponential} per piece of work done) and took {completion_exponential_s} s; full jitter made {calls_full_jitter} calls ({calls_per_done_full_jitter} per piece done) and took {completion_full_jitter_s} s.",
                ko:
                    "무리 {replications}개의 평균으로, 지터 없는 지수 백오프는 호출 {calls_exponential}번(끝낸 작업당 {calls_per_done_exponential}번)과 {completion_exponential_s}초가 들었고, 전체 지터(full jitter)는 호출 {calls_full_jitter}번(끝낸 작업당 {calls_per_done_full_jitter}번)과 {completion_full_jitter_s}초가 들었습니다."
            ))
    }

    private func orderingFindings(_ list: inout FindingList) {
        // NB: an ordering is claimed only where the 95% intervals of neighbours do not overlap.
        let ordered =
            perDone(.immediate).lower > perDone(.exponential).upper
            && .all(Self.jittered.map { perDone(.exponential).lower > perDone($0).upper })
        list.say(
            "retry.ordering", when: ordered,
            Localized(
                en:
                    "The published ordering holds: no backoff wastes the most calls per piece of work ({calls_per_done_immediate}), exponential backoff fewer ({calls_per_done_exponential}), and the jitters fewest (full {calls_per_done_full_jitter}, equal {calls_per_done_equal_jitter}, decorrelated {calls_per_done_decorrelated_jitter}).",
                ko:
                    "알려진 순서 그대로입니다. 백오프가 없으면 끝낸 작업당 호출을 가장 많이 낭비하고({calls_per_done_immediate}), 지수 백오프는 그보다 적으며({calls_per_done_exponential}), 지터가 가장 적습니다 (전체 {calls_per_done_full_jitter}, 균등 {calls_per_done_equal_jitter}, 비상관 {calls_per_done_decorrelated_jitter})."
            ))
        list.say(
            "retry.no_ordering", when: !ordered,
            Localized(
                en:
                    "Here the usual ordering (no backoff worst, then exponential, then the jitters) does not show beyond the 95% intervals: with {clients} clients against {capacity_per_s} calls/s there is too little contention for the policies to differ much. Raise clients or lower capacity.",
                ko:
                    "여기서는 흔히 보는 순서(백오프 없음이 가장 나쁘고, 다음이 지수, 가장 좋은 것이 지터)가 95% 구간을 넘어서 나타나지 않습니다. 클라이언트 {clients}개에 초당 {capacity_per_s}건이면 경쟁이 적어 정책 사이의 차이가 크지 않습니다. clients를 늘리거나 capacity를 줄여 보세요."
            ))
    }

    private func waveFindings(_ list: inout FindingList) {
        list.say(
            "retry.waves",
            when: MetricRef("peak_calls_exponential_per_s").lower > MetricRef("capacity_per_s")
                && MetricRef("peak_calls_exponential_per_s").lower > MetricRef("peak_calls_full_jitter_per_s").upper
                    * 1.5,
            Localized(
                en:
                    "Without jitter the retries arrive in waves: exponential backoff's busiest 100 ms carried {peak_calls_exponential_per_s} calls/s at a resource that serves {capacity_per_s}/s, full jitter's busiest only {peak_calls_full_jitter_per_s}/s.",
                ko:
                    "지터가 없으면 재시도가 물결처럼 한꺼번에 몰립니다. 초당 {capacity_per_s}건을 처리하는 자원에 지수 백오프의 가장 붐빈 100 ms는 초당 {peak_calls_exponential_per_s}건이었고, 전체 지터는 초당 {peak_calls_full_jitter_per_s}건뿐이었습니다."
            ))
        list.say(
            "retry.gave_up", when: MetricRef("gave_up") > 0,
            Localized(
                en:
                    "With \(chosen.rawValue), {gave_up} of {clients} clients gave up (no retries, out of attempts, or over the retry budget): only {work_done_pct}% of the work was done.",
                ko:
                    "\(chosen.rawValue) 정책에서는 클라이언트 {clients}개 중 {gave_up}개가 포기했습니다 (재시도 없음, 시도 횟수 소진, 재시도 예산 초과). 작업은 {work_done_pct}%만 끝났습니다."
            ))
    }

    private func rankingFindings(_ list: inout FindingList) {
        let retrying = RetryPolicy.allCases.filter { $0 != .none }
        let finished = retrying.filter { estimate($0, Self.workDone).mean >= 100 }
        func done(_ policy: RetryPolicy) -> FindingCondition { MetricRef("work_done_\(policy.rawValue)_pct") >= 100 }
        list.say(
            "retry.none_finished", when: .all(retrying.map { !done($0) }),
            Localized(
                en: "No retrying policy finished all the work: raise max_attempts or the budget, or add capacity.",
                ko: "모든 작업을 끝낸 재시도 정책이 없습니다. max_attempts나 예산을 늘리거나 용량을 키우세요."))
        guard let fewest = finished.min(by: { estimate($0, Self.calls).mean < estimate($1, Self.calls).mean }),
            let fastest = finished.min(by: { estimate($0, Self.completion).mean < estimate($1, Self.completion).mean })
        else { return }
        let (few, fast) = (fewest.rawValue, fastest.rawValue)
        let others = { (best: RetryPolicy) in finished.filter { $0 != best }.map(\.rawValue) }
        // NB: "fewest" and "first" are claimed only where the winner's interval lies below every other's.
        let fewestHolds = FindingCondition.all(
            [done(fewest)] + others(fewest).map { MetricRef("calls_\(few)").upper < MetricRef("calls_\($0)").lower })
        let fastestHolds = FindingCondition.all(
            [done(fastest)]
                + others(fastest).map {
                    MetricRef("completion_\(fast)_s").upper < MetricRef("completion_\($0)_s").lower
                })
        list.say(
            "retry.ranking", when: fewestHolds && fastestHolds,
            Localized(
                en:
                    "Of the policies that finished all the work, \(few) made the fewest calls ({calls_\(few)}) and \(fast) finished first ({completion_\(fast)_s} s).",
                ko:
                    "모든 작업을 끝낸 정책 가운데 호출이 가장 적은 것은 \(few)({calls_\(few)}번), 가장 먼저 끝낸 것은 \(fast)({completion_\(fast)_s}초)입니다."
            ))
    }
}
