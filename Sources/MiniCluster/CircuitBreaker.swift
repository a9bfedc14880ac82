/// A circuit breaker as a pure state machine with Resilience4j's semantics.
///
/// Closed: every call passes; once the window holds at least the minimum number of calls, a
/// failure rate or slow-call rate at or above its threshold opens the breaker. Open: calls are
/// rejected until the wait has passed; the next call after it moves to half-open. Half-open: only
/// the permitted number of calls pass; once min(minimumCalls, permitted) of them have ended (as
/// Resilience4j's `CircuitBreakerMetrics.forHalfOpen` judges), the breaker opens again if
/// either rate is at or above its threshold and closes otherwise, so one failed trial of three
/// does not reopen it. Every transition starts a fresh window.
///
///     var breaker = CircuitBreaker(.init(window: .count(4), minimumCalls: 2))
///     breaker.tryAcquire(at: .zero)                                   // true
///     breaker.record(failed: true, duration: .zero, at: .zero)        // 1 call: below the minimum
///     breaker.record(failed: true, duration: .zero, at: .zero)        // 2 of 2 failed: opens
///     breaker.state                                                   // .open
package struct CircuitBreaker: Sendable {
    /// The three states, numbered for timelines (closed 0, open 1, half-open 2).
    package enum State: Int, Sendable, CaseIterable, CustomStringConvertible {
        case closed, open, halfOpen

        package var description: String {
            switch self {
            case .closed: return "Closed"
            case .open: return "Open"
            case .halfOpen: return "HalfOpen"
            }
        }
    }

    package let configuration: CircuitBreakerConfiguration
    package private(set) var state = State.closed
    package private(set) var window: CircuitBreakerWindow
    /// Changes of state so far.
    package private(set) var transitions = 0
    /// Calls refused without being attempted.
    package private(set) var rejected = 0
    private var openedAt = SimTime.zero
    private var halfOpenPermits = 0

    package init(_ configuration: CircuitBreakerConfiguration) {
        self.configuration = configuration
        window = CircuitBreakerWindow(configuration.window)
    }

    /// Asks to make a call at `now`: true if it may go ahead, false if it is rejected fast.
    /// - Complexity: O(1).
    package mutating func tryAcquire(at now: SimTime) -> Bool {
        switch state {
        case .closed:
            return true
        case .open:
            guard now > openedAt + configuration.waitInOpen else {
                rejected += 1
                return false
            }
            enter(.halfOpen, at: now)
            return tryAcquire(at: now)
        case .halfOpen:
            guard halfOpenPermits > 0 else {
                rejected += 1
                return false
            }
            halfOpenPermits -= 1
            return true
        }
    }

    /// Records how a permitted call ended; it is slow when `duration` exceeds the slow-call duration.
    /// Returns the rates it judged, nil when the window held too few calls (or the breaker was open).
    /// - Complexity: O(window size).
    @discardableResult
    package mutating func record(failed: Bool, duration: SimTime, at now: SimTime) -> (failure: Double, slow: Double)? {
        guard state != .open else { return nil }
        window.add(failed: failed, slow: duration > configuration.slowCallDuration, at: now)
        guard let rates = rates(at: now) else { return nil }
        let exceeded =
            rates.failure >= configuration.failureRateThreshold
            || rates.slow >= configuration.slowCallRateThreshold
        if exceeded { enter(.open, at: now) } else if state == .halfOpen { enter(.closed, at: now) }
        return rates
    }

    /// The window's failure and slow-call rates (0–1), or nil while it holds fewer calls than
    /// the minimum (in half-open, fewer than min(minimum, permitted)).
    package func rates(at now: SimTime) -> (failure: Double, slow: Double)? {
        let totals = window.totals(at: now)
        guard totals.calls >= minimumCalls, totals.calls > 0 else { return nil }
        return (Double(totals.failures) / Double(totals.calls), Double(totals.slow) / Double(totals.calls))
    }

    private var minimumCalls: Int {
        switch (state, configuration.window) {
        case (.halfOpen, _): return min(configuration.minimumCalls, configuration.permittedInHalfOpen)
        case (_, .count(let size)): return min(configuration.minimumCalls, size)
        case (_, .time): return configuration.minimumCalls
        }
    }

    private mutating func enter(_ next: State, at now: SimTime) {
        assert(Self.isLegal(from: state, to: next), "illegal circuit breaker transition \(state) -> \(next) at \(now)")
        state = next
        transitions += 1
        switch next {
        case .closed: window = CircuitBreakerWindow(configuration.window)
        case .open: openedAt = now
        case .halfOpen:
            window = CircuitBreakerWindow(.count(configuration.permittedInHalfOpen))
            halfOpenPermits = configuration.permittedInHalfOpen
        }
    }

    /// Closed → open, open → half-open, half-open → closed or open; nothing else.
    package static func isLegal(from: State, to: State) -> Bool {
        switch (from, to) {
        case (.closed, .open), (.open, .halfOpen), (.halfOpen, .closed), (.halfOpen, .open): return true
        default: return false
        }
    }
}

/// The settings of a circuit breaker, named as in Resilience4j.
package struct CircuitBreakerConfiguration: Sendable, Hashable {
    package var window: CircuitBreakerWindow.Kind
    /// Calls the window must hold before rates are judged (capped at a count window's size).
    package var minimumCalls: Int
    /// Failure rate (0–1) at or above which the breaker opens.
    package var failureRateThreshold: Double
    /// Slow-call rate (0–1) at or above which the breaker opens.
    package var slowCallRateThreshold: Double
    /// A call longer than this is slow.
    package var slowCallDuration: SimTime
    /// How long the breaker stays open before it lets trial calls through.
    package var waitInOpen: SimTime
    /// Trial calls let through in half-open.
    package var permittedInHalfOpen: Int

    package init(
        window: CircuitBreakerWindow.Kind = .count(100), minimumCalls: Int = 100,
        failureRateThreshold: Double = 0.5, slowCallRateThreshold: Double = 1,
        slowCallDuration: SimTime = .seconds(60), waitInOpen: SimTime = .seconds(60),
        permittedInHalfOpen: Int = 10
    ) {
        precondition(
            minimumCalls > 0 && permittedInHalfOpen > 0,
            "minimum calls (\(minimumCalls)) and half-open calls (\(permittedInHalfOpen)) must be positive")
        precondition(
            (0...1).contains(failureRateThreshold) && (0...1).contains(slowCallRateThreshold),
            "thresholds are fractions 0–1, got \(failureRateThreshold) and \(slowCallRateThreshold)")
        self.window = window
        self.minimumCalls = minimumCalls
        self.failureRateThreshold = failureRateThreshold
        self.slowCallRateThreshold = slowCallRateThreshold
        self.slowCallDuration = slowCallDuration
        self.waitInOpen = waitInOpen
        self.permittedInHalfOpen = permittedInHalfOpen
    }
}
