/// Replaying a written trace of call outcomes through a breaker, one call at a time.
extension CircuitBreaker {
    /// How one call of a trace ends if the breaker lets it through.
    package enum TraceOutcome: Character, Sendable, CaseIterable {
        case success = "S"
        case failure = "F"
        /// A success that took longer than the slow-call duration.
        case slow = "L"
    }

    /// What the breaker did with one call of a trace.
    package struct TraceStep: Sendable, Hashable {
        package let call: Int
        package let time: SimTime
        package let outcome: TraceOutcome
        /// False when the breaker rejected the call fast, so its outcome never happened.
        package let permitted: Bool
        package let state: State
        /// The failure and slow-call rates the breaker judged at this call; nil when it was rejected or the
        /// window held fewer calls than the minimum.
        package let failureRate: Double?
        package let slowRate: Double?
    }

    /// Parses `SSFL…`; nil when a letter is not S, F or L.
    package static func trace(_ text: String) -> [TraceOutcome]? {
        let outcomes = text.uppercased().compactMap(TraceOutcome.init(rawValue:))
        return outcomes.count == text.count ? outcomes : nil
    }

    /// Makes one call every `gap` (the first at `gap`) with the given outcomes, and reports each step.
    /// - Complexity: O(calls × window size).
    package mutating func replay(_ outcomes: [TraceOutcome], gap: SimTime) -> [TraceStep] {
        outcomes.enumerated().map { index, outcome in
            let now = SimTime(nanoseconds: gap.nanoseconds * Int64(index + 1))
            let permitted = tryAcquire(at: now)
            var rates: (failure: Double, slow: Double)?
            if permitted {
                let duration = outcome == .slow ? configuration.slowCallDuration + SimTime(nanoseconds: 1) : .zero
                rates = record(failed: outcome == .failure, duration: duration, at: now)
            }
            return TraceStep(
                call: index + 1, time: now, outcome: outcome, permitted: permitted, state: state,
                failureRate: rates?.failure, slowRate: rates?.slow)
        }
    }
}
