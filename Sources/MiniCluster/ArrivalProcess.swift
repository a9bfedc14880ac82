import Foundation

/// How the request rate of an open-loop source changes over virtual time.
public enum RateProfile: Sendable, Hashable {
    case constant(perSecond: Double)
    /// `base` per second, `peak` per second between `from` and `to`.
    case spike(base: Double, peak: Double, from: SimTime, to: SimTime)
    /// A day compressed into `period`: the rate swings between `low` and `high` like a sine.
    case daily(low: Double, high: Double, period: SimTime)

    /// The rate at `time`, per second.
    public func rate(at time: SimTime) -> Double {
        switch self {
        case .constant(let rate): return rate
        case .spike(let base, let peak, let from, let to): return (from..<to).contains(time) ? peak : base
        case .daily(let low, let high, let period):
            let phase = Double(time.nanoseconds % period.nanoseconds) / Double(period.nanoseconds)
            return low + (high - low) * (1 - cos(2 * .pi * phase)) / 2
        }
    }

    /// The highest rate the profile reaches.
    public var peak: Double {
        switch self {
        case .constant(let rate): return rate
        case .spike(let base, let peak, _, _): return max(base, peak)
        case .daily(_, let high, _): return high
        }
    }
}

/// Open-loop Poisson arrivals following a `RateProfile` (thinning for varying rates).
public struct PoissonArrivals: Sendable {
    public let profile: RateProfile
    @usableFromInline let peakRate: Double
    @usableFromInline var random: RandomSource

    public init(profile: RateProfile, random: RandomSource) {
        precondition(profile.peak > 0, "arrivals need a positive rate, got \(profile)")
        self.profile = profile
        self.peakRate = profile.peak
        self.random = random
    }

    /// The time of the next arrival after `time`.
    /// - Complexity: O(1) expected for a constant rate; O(peak/rate) with thinning.
    @inlinable
    public mutating func next(after time: SimTime) -> SimTime {
        let peak = peakRate
        var candidate = time
        while true {
            candidate += SimTime(
                nanoseconds: max(1, Int64(ExponentialZiggurat.sample(using: &random) / peak * 1e9 + 0.5)))
            if case .constant = profile { return candidate }
            if random.unit() * peak <= profile.rate(at: candidate) { return candidate }
        }
    }
}
