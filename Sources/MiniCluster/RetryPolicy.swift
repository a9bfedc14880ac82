import Foundation

/// How long a client waits before retrying a rejected call (AWS "Exponential Backoff And Jitter").
///
/// With `n` the number of the retry counted from 0 and `ceiling = min(cap, base · 2ⁿ)`:
/// exponential waits `ceiling`; full jitter a uniform time in [0, ceiling]; equal jitter
/// `ceiling/2` plus a uniform time in [0, ceiling/2]; decorrelated jitter a uniform time in
/// [base, 3 · previous], capped at `cap`.
package enum RetryPolicy: String, Sendable, CaseIterable {
    /// Never retry.
    case none
    /// Retry at once.
    case immediate
    case exponential
    case fullJitter = "full_jitter"
    case equalJitter = "equal_jitter"
    case decorrelatedJitter = "decorrelated_jitter"

    /// The delay in milliseconds before retry `retry` (0 for the first), given the previous delay
    /// (`base` before the first); nil when the policy does not retry.
    /// - Complexity: O(1).
    package func delay(
        retry: Int, previous: Double, base: Double, cap: Double,
        using random: inout RandomSource
    ) -> Double? {
        precondition(
            retry >= 0 && base >= 0 && cap >= base,
            "retry \(retry), base \(base) and cap \(cap) must satisfy 0 ≤ base ≤ cap")
        let ceiling = min(cap, base * pow(2, Double(retry)))
        switch self {
        case .none: return nil
        case .immediate: return 0
        case .exponential: return ceiling
        case .fullJitter: return ceiling * random.unit()
        case .equalJitter: return ceiling / 2 + ceiling / 2 * random.unit()
        case .decorrelatedJitter:
            let high = max(base, previous * 3)
            return min(cap, base + (high - base) * random.unit())
        }
    }
}
