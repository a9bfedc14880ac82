/// Random failures and repairs: exponential times between failures (MTBF) and to repair (MTTR).
package struct FailureSchedule: Sendable {
    package let meanTimeBetweenFailures: SimTime
    package let meanTimeToRepair: SimTime
    private var random: RandomSource

    package init(mtbf: SimTime, mttr: SimTime, random: RandomSource) {
        precondition(mtbf.nanoseconds > 0 && mttr.nanoseconds > 0, "MTBF and MTTR must be positive: \(mtbf), \(mttr)")
        meanTimeBetweenFailures = mtbf
        meanTimeToRepair = mttr
        self.random = random
    }

    /// When a component that is up at `time` fails next.
    package mutating func nextFailure(after time: SimTime) -> SimTime {
        time + draw(mean: meanTimeBetweenFailures)
    }

    /// When a component that failed at `time` is repaired.
    package mutating func repair(after time: SimTime) -> SimTime {
        time + draw(mean: meanTimeToRepair)
    }

    /// The long-run fraction of time up: MTBF / (MTBF + MTTR).
    package var steadyStateAvailability: Double {
        meanTimeBetweenFailures.seconds / (meanTimeBetweenFailures.seconds + meanTimeToRepair.seconds)
    }

    /// An exponential draw, clamped to 2^60 ticks so that adding it to any time of a run cannot overflow.
    private mutating func draw(mean: SimTime) -> SimTime {
        let sample = Distribution.exponential(mean: Double(mean.nanoseconds)).sample(using: &random)
        return SimTime(nanoseconds: max(1, Int64(min(sample, 0x1p60))))
    }
}
