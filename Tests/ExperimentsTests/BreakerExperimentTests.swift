import LabText
import Testing

@testable import Experiments
@testable import MiniCluster

@Suite struct BreakerExperimentTests: ExperimentSuite {
    let experiment: any Experiment = BreakerExperiment()
    let defaultSeed: UInt64 = 7

    @Test("Without a breaker the healthy endpoint fails with the sick one; with it, it stays up")
    func cascade() throws {
        let report = try run()
        #expect(try metric(report, "healthy_incident_success_on_pct") > 98)
        #expect(try metric(report, "healthy_incident_success_off_pct") < 80)
        #expect(try metric(report, "rejected_fast") > 100)
        #expect(try metric(report, "breaker_opens") >= 1)
        #expect(try metric(report, "reclosed_after_s") < 10)
    }

    @Test("The breaker parameter picks which run the headline metrics describe")
    func headlineFollowsMode() throws {
        let on = try run(["breaker=on"])
        let off = try run(["breaker=off"])
        #expect(try metric(on, "healthy_incident_success_pct") == metric(on, "healthy_incident_success_on_pct"))
        #expect(try metric(off, "healthy_incident_success_pct") == metric(off, "healthy_incident_success_off_pct"))
        #expect(try metric(off, "rejected_fast") == 0)
    }

    @Test(
        "Each finding is said only when its condition holds, and the sick-dependency findings only when it was sick",
        arguments: [
            [], ["failure=0", "latency=0"], ["duration=0"], ["at=100"], ["workers=2000"], ["wait=3600"],
            ["trace=SSFFFFFFFFFFSS", "window=4", "min_calls=4"], ["trace=SSSS"]
        ])
    func findingsHold(words: [String]) throws {
        let report = try run(words)
        let values = FindingList.values(of: report.metrics)
        #expect(!report.findings.isEmpty, "\(words)")
        for finding in report.findings {
            #expect(finding.condition.holds(in: values), "\(words): \(finding.id)")
            #expect(!finding.id.contains("unchecked"), "\(words): \(finding.id)")
        }
    }

    @Test("With zero opens no finding says the breaker failed fast; with no incident none speaks of a cascade")
    func noContradictions() throws {
        let quiet = try run(["failure=0", "latency=0"]).findings.map(\.id)
        #expect(
            quiet.contains("breaker.never_opened") && !quiet.contains("breaker.fails_fast")
                && !quiet.contains("breaker.opened"))
        let none = try run(["duration=0"]).findings.map(\.id)
        #expect(
            none.contains("breaker.no_incident") && !none.contains("breaker.cascade")
                && !none.contains("breaker.no_cascade"))
    }

    @Test("A healthy dependency never opens the breaker and nothing fails")
    func quietDependency() throws {
        let report = try run(["failure=0", "latency=0"])
        #expect(try metric(report, "breaker_opens") == 0)
        #expect(try metric(report, "healthy_success_pct") == 100)
        #expect(try metric(report, "healthy_incident_success_off_pct") == 100)
    }

    struct TraceRow: Sendable {
        let words: [String]
        let states: String
        let finalState: Double
        let transitions: Double
        let location: SourceLocation
        init(
            _ words: [String], states: String, final: Double, transitions: Double,
            location: SourceLocation = #_sourceLocation
        ) {
            self.words = words
            self.states = states
            self.finalState = final
            self.transitions = transitions
            self.location = location
        }
    }

    static let traceRows = [
        TraceRow(["trace=SSFFFFSS", "window=4", "min_calls=4"], states: "CCCOOOOO", final: 1, transitions: 1),
        TraceRow(
            ["trace=FFFSSSSSSS", "window=4", "min_calls=2", "wait=3", "half_open_calls=2"],
            states: "COOOOHCCCC", final: 0, transitions: 3),
        TraceRow(
            ["trace=FFFFSSSSFS", "window=10", "min_calls=4", "wait=3", "half_open_calls=2"],
            states: "CCCOOOOHOO", final: 1, transitions: 3),
        TraceRow(
            ["trace=LLLLSSSS", "window=4", "min_calls=4", "slow_ms=100"], states: "CCCOOOOO", final: 1, transitions: 1),
        TraceRow(
            ["trace=FFFF", "window=4", "min_calls=4", "failure_threshold=1"], states: "CCCO", final: 1, transitions: 1),
        TraceRow(["trace=SFSF", "window=4", "min_calls=4"], states: "CCCO", final: 1, transitions: 1),
        TraceRow(["trace=SSSF", "window=4", "min_calls=4"], states: "CCCC", final: 0, transitions: 0)
    ]

    @Test("A replayed trace reports the state after every call", arguments: traceRows)
    func trace(row: TraceRow) throws {
        let report = try run(row.words)
        let table = try #require(report.tables.first)
        let states = table.rows.map { String($0[4].en.first ?? "?") }.joined()
        #expect(states == row.states, sourceLocation: row.location)
        #expect(try metric(report, "trace_final_state") == row.finalState, sourceLocation: row.location)
        #expect(try metric(report, "trace_transitions") == row.transitions, sourceLocation: row.location)
        #expect(try metric(report, "trace_calls") == Double(row.states.count), sourceLocation: row.location)
    }

    @Test("A trace with another letter is refused with the letters allowed")
    func badTrace() {
        #expect(
            throws: ParameterError.wrongType(
                name: "trace", value: "SXF",
                allowed: Localized(en: "up to 200 of the letters S,F,L", ko: "글자 S,F,L 중에서 200자까지"),
                unit: "")
        ) {
            try run(["trace=SXF"])
        }
    }

    @Test("Same seed gives the same JSON; another seed other numbers")
    func determinism() throws {
        #expect(try run(seed: 3).jsonText(language: .en) == run(seed: 3).jsonText(language: .en))
        #expect(
            try metric(run(seed: 3), "healthy_incident_success_off_pct")
                != metric(run(seed: 4), "healthy_incident_success_off_pct"))
    }

    @Test("A default run produces every metric, a table, charts and the state timeline")
    func defaultMetrics() throws {
        let report = try run()
        let names = [
            "healthy_success_pct", "healthy_incident_success_pct", "healthy_p99_ms", "dependent_success_pct",
            "rejected_fast", "max_queue", "healthy_incident_success_on_pct", "healthy_incident_success_off_pct",
            "breaker_opens", "transitions", "open_s", "reclosed_after_s", "closed_again_at_s", "breaker_closed_at_end",
            "incident_s", "incident_end_s", "max_queue_off", "rejected_fast_on", "dependent_success_on_pct",
            "dependent_success_off_pct", "dependent_mean_on_ms", "dependent_mean_off_ms", "events", "asked_s",
            "simulated_s", "budget_cut"
        ]
        #expect(report.metrics.map(\.name) == names)
        #expect(report.charts.count == 2 && report.tables.count == 1 && report.timelines.count == 1)
        #expect(report.timelines[0].segments.contains { $0.state == CircuitBreaker.State.halfOpen.rawValue })
    }
}
