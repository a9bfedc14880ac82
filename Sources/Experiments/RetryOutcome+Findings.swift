import MiniCluster

extension RetryOutcome {
    /// Sentences computed from the runs of every policy.
    var findings: [Localized] {
        [jitterFinding, chosenFinding, givingUpFinding, rankingFinding].compactMap { $0 }
    }

    private var jitterFinding: Localized {
        let plain = run(.exponential), full = run(.fullJitter)
        let work = plain.setup.clients
        return Localized(
            en: "For \(work) pieces of work, exponential backoff without jitter made \(plain.calls) calls (×\(MetricText.format(Self.amplification(plain)))) and took \(MetricText.format(plain.finishedAt.seconds)) s; full jitter made \(full.calls) calls (×\(MetricText.format(Self.amplification(full)))) and took \(MetricText.format(full.finishedAt.seconds)) s.",
            ko: "작업 \(work)개를 처리하는 데 지터 없는 지수 백오프는 호출 \(plain.calls)번(×\(MetricText.format(Self.amplification(plain))))과 \(MetricText.format(plain.finishedAt.seconds))초가 들었고, 전체 지터(full jitter)는 호출 \(full.calls)번(×\(MetricText.format(Self.amplification(full))))과 \(MetricText.format(full.finishedAt.seconds))초가 들었습니다.")
    }

    private var chosenFinding: Localized? {
        let picked = run(chosen)
        guard chosen != .none else { return nil }
        let peak = MetricText.format(Self.peakPerSecond(picked)), capacity = MetricText.format(picked.setup.capacity)
        let name = chosen.rawValue
        return Localized(
            en: "With \(name), the busiest 100 ms carried \(peak) calls/s at a resource that accepts \(capacity)/s; without jitter the retries arrive in waves that fill one slot and are rejected together.",
            ko: "\(name) 정책에서 가장 붐빈 100 ms에는 초당 \(capacity)건만 받는 자원에 초당 \(peak)건의 호출이 몰렸습니다. 지터가 없으면 재시도가 물결처럼 한꺼번에 몰려 같은 구간을 채우고 함께 거절됩니다.")
    }

    private var givingUpFinding: Localized? {
        let picked = run(chosen)
        guard picked.gaveUp > 0 else { return nil }
        return Localized(
            en: "With \(chosen.rawValue), \(picked.gaveUp) of \(picked.setup.clients) clients gave up (out of attempts or over the retry budget): only \(MetricText.format(Self.workDone(picked)))% of the work was done.",
            ko: "\(chosen.rawValue) 정책에서는 클라이언트 \(picked.setup.clients)개 중 \(picked.gaveUp)개가 포기했습니다 (시도 횟수나 재시도 예산을 다 씀). 작업은 \(MetricText.format(Self.workDone(picked)))%만 끝났습니다.")
    }

    private var rankingFinding: Localized {
        let retrying = runs.filter { $0.setup.policy != .none && $0.completed == $0.setup.clients }
        guard let fewest = retrying.min(by: { $0.calls < $1.calls }),
              let fastest = retrying.min(by: { $0.finishedAt < $1.finishedAt }) else {
            return Localized(en: "No retrying policy finished all the work: raise max_attempts or the budget, or add capacity.",
                             ko: "모든 작업을 끝낸 재시도 정책이 없습니다. max_attempts나 예산을 늘리거나 용량을 키우세요.")
        }
        return Localized(
            en: "Of the policies that finished all the work, \(fewest.setup.policy.rawValue) made the fewest calls (\(fewest.calls)) and \(fastest.setup.policy.rawValue) finished first (\(MetricText.format(fastest.finishedAt.seconds)) s).",
            ko: "모든 작업을 끝낸 정책 가운데 호출이 가장 적은 것은 \(fewest.setup.policy.rawValue)(\(fewest.calls)번), 가장 먼저 끝낸 것은 \(fastest.setup.policy.rawValue)(\(MetricText.format(fastest.finishedAt.seconds))초)입니다.")
    }
}
