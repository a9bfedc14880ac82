import Testing

@testable import MiniCluster

@Suite struct CircuitBreakerTests {
    /// One replayed trace and the state expected after each call (C closed, O open, H half-open).
    struct Row: Sendable, CustomStringConvertible {
        let name: String
        let configuration: CircuitBreakerConfiguration
        let trace: String
        let states: String
        let location: SourceLocation

        init(
            _ name: String, _ configuration: CircuitBreakerConfiguration = CircuitBreakerTests.base,
            trace: String, states: String, location: SourceLocation = #_sourceLocation
        ) {
            self.name = name
            self.configuration = configuration
            self.trace = trace
            self.states = states
            self.location = location
        }

        var description: String { name }
    }

    /// Window of 4 calls, minimum 4, both thresholds 50%, slow above 100 ms, open 3 s, 2 trial calls.
    static let base = CircuitBreakerConfiguration(
        window: .count(4), minimumCalls: 4, failureRateThreshold: 0.5,
        slowCallRateThreshold: 0.5, slowCallDuration: .milliseconds(100),
        waitInOpen: .seconds(3), permittedInHalfOpen: 2)

    static func with(_ change: (inout CircuitBreakerConfiguration) -> Void) -> CircuitBreakerConfiguration {
        var configuration = base
        change(&configuration)
        return configuration
    }

    static let rows: [Row] = [
        Row("a failure rate at the threshold opens", trace: "SSFF", states: "CCCO"),
        Row("below the minimum calls nothing opens", trace: "FFF", states: "CCC"),
        Row("the call that reaches the minimum opens", trace: "FFFS", states: "CCCO"),
        Row("a rate under the threshold stays closed", trace: "SSSF", states: "CCCC"),
        Row("the window slides over the last calls", trace: "SSSFF", states: "CCCCO"),
        Row(
            "open rejects until strictly after the wait, then half-open closes on good trials",
            trace: "FFFFSSSSS", states: "CCCOOOOHC"),
        Row("a failed trial call opens again", trace: "FFFFSSSSF", states: "CCCOOOOHO"),
        Row("after closing the window starts empty", trace: "FFFFSSSSSF", states: "CCCOOOOHCC"),
        Row("slow calls at the slow-call threshold open", trace: "LLSS", states: "CCCO"),
        Row("one slow call in four stays closed", trace: "LSSS", states: "CCCC"),
        Row("a slow trial call opens again", trace: "FFFFSSSLS", states: "CCCOOOOHO"),
        Row(
            "the minimum is capped at a count window's size", with { $0.minimumCalls = 10 }, trace: "FFFF",
            states: "CCCO"),
        Row(
            "a 100% slow threshold needs every call slow", with { $0.slowCallRateThreshold = 1 }, trace: "LLLSLLLL",
            states: "CCCCCCCO"),
        Row(
            "a failure threshold of 0.6 ignores half", with { $0.failureRateThreshold = 0.6 }, trace: "FSFS",
            states: "CCCC"),
        Row(
            "a two-second time window forgets older calls",
            with {
                $0.window = .time(seconds: 2)
                $0.minimumCalls = 2
                $0.failureRateThreshold = 0.6
            },
            trace: "FSFF", states: "CCCO"),
        Row(
            "a count window of four remembers them",
            with {
                $0.minimumCalls = 2
                $0.failureRateThreshold = 0.6
            }, trace: "FSFF", states: "CCOO"),
        Row(
            "half-open decides after min(minimum calls, permitted trials)",
            with {
                $0.minimumCalls = 2
                $0.permittedInHalfOpen = 3
            }, trace: "FFSSSSS", states: "COOOOHC"),
        Row(
            "one failed trial of three stays under a 50% threshold and closes",
            with { $0.permittedInHalfOpen = 3 }, trace: "FFFFSSSFSS", states: "CCCOOOOHHC"),
        Row(
            "two failed trials of three reach it and open again",
            with { $0.permittedInHalfOpen = 3 }, trace: "FFFFSSSFFS", states: "CCCOOOOHHO")
    ]

    @Test("Replayed traces move through exactly the states the semantics define", arguments: rows)
    func replay(row: Row) throws {
        var breaker = CircuitBreaker(row.configuration)
        let outcomes = try #require(CircuitBreaker.trace(row.trace))
        let letters = breaker.replay(outcomes, gap: .seconds(1)).map { step in
            switch step.state {
            case .closed: "C"
            case .open: "O"
            case .halfOpen: "H"
            }
        }
        #expect(letters.joined() == row.states, "\(row.name)", sourceLocation: row.location)
    }

    @Test("Half-open lets only the permitted calls through and rejects the rest")
    func halfOpenPermits() {
        var breaker = CircuitBreaker(Self.base)
        _ = breaker.replay([.failure, .failure, .failure, .failure], gap: .seconds(1))
        let later = SimTime.seconds(10)
        let permits = (0..<3).map { _ in breaker.tryAcquire(at: later) }
        #expect(permits == [true, true, false])
        #expect(breaker.state == .halfOpen)
        #expect(breaker.rejected == 1)
        breaker.record(failed: false, duration: .zero, at: later)
        #expect(breaker.state == .halfOpen)
        breaker.record(failed: false, duration: .zero, at: later)
        #expect(breaker.state == .closed)
        #expect(breaker.transitions == 3)
    }

    @Test("A late answer to a call let through before opening changes nothing")
    func lateAnswerWhileOpen() {
        var breaker = CircuitBreaker(Self.base)
        _ = breaker.replay([.failure, .failure, .failure, .failure], gap: .seconds(1))
        breaker.record(failed: false, duration: .zero, at: .seconds(5))
        #expect(breaker.state == .open)
        #expect(breaker.transitions == 1)
    }

    @Test("Only the four transitions of the state diagram are legal")
    func legalTransitions() {
        let legal = CircuitBreaker.State.allCases.flatMap { from in
            CircuitBreaker.State.allCases.filter { CircuitBreaker.isLegal(from: from, to: $0) }.map { "\(from)->\($0)" }
        }
        #expect(legal == ["Closed->Open", "Open->HalfOpen", "HalfOpen->Closed", "HalfOpen->Open"])
    }

    @Test("A trace with a letter other than S, F or L is refused")
    func badTrace() {
        #expect(CircuitBreaker.trace("SSX") == nil)
        #expect(CircuitBreaker.trace("sfl") == [.success, .failure, .slow])
    }
}
