/// One open-loop stream of arrival events: each arrival schedules the next one, until a stop time
/// or a number of arrivals.
///
/// A model keeps one stream per source and calls `arrive` first thing when the stream's event is
/// handled, then handles the arrival itself:
///
///     case .request:
///         requests.arrive(.request, scheduler: &scheduler)
///         read(at: scheduler.now)
///
/// The next arrival is drawn only while fewer than `limit` have arrived, and scheduled only when it
/// falls before `end`, so two streams with the same seed and the same bounds make the same draws.
public struct ArrivalStream: Sendable {
    @usableFromInline var arrivals: PoissonArrivals
    /// No arrival is scheduled at or after this time.
    public let end: SimTime
    /// No arrival is drawn after this many have arrived.
    public let limit: Int
    @usableFromInline var arrived = 0
    /// Arrivals handled so far.
    public var count: Int { arrived }

    /// A stream of Poisson arrivals following `profile`, drawing from `random`.
    public init(profile: RateProfile, random: RandomSource, until end: SimTime = .end, limit: Int = .max) {
        arrivals = PoissonArrivals(profile: profile, random: random)
        self.end = end
        self.limit = limit
    }

    /// Schedules the stream's first arrival, `event`, at `time` (whatever the bounds).
    public func start<Event>(_ event: Event, at time: SimTime = .zero, scheduler: inout Scheduler<Event>) {
        scheduler.schedule(event, at: time)
    }

    /// Counts the arrival being handled now and schedules the next one, `event`, if the bounds allow.
    @inlinable @inline(__always)
    public mutating func arrive<Event>(_ event: Event, scheduler: inout Scheduler<Event>) {
        arrived += 1
        guard arrived < limit else { return }
        let next = arrivals.next(after: scheduler.now)
        if next < end { scheduler.schedule(event, at: next) }
    }
}

extension SimTime {
    /// The last representable time: "never" for a stop time.
    public static let end = SimTime(nanoseconds: .max)
}
