import LabText
import Testing

@testable import Experiments
@testable import MiniCluster

@Suite struct FrameworkTests {
    @Test("An integer sweep over a narrow range never repeats a step")
    func integerSteps() throws {
        let spec = try #require(SessionsExperiment().parameter("servers"))
        let values = Sweep.stepValues(spec: spec, range: 2...5, steps: 10)
        #expect(values == [2, 3, 4, 5].map(ParameterValue.integer))
    }

    @Test("A sweep whose metric falls says it fell by a percentage, never that it grew")
    func fallWords() throws {
        let load = LoadExperiment()
        var base = ParameterValues(defaultsOf: load.parameters)
        base.set(LoadExperiment.Key.requests, 20_000)
        let report = try Sweep.run(load, text: "sweep=servers:4..8:3", base: base, seed: 1, control: .unattended)
        let finding = try #require(report.findings.first)
        #expect(finding.id == "sweep.fell")
        #expect(finding.text.en.contains("fell ") && !finding.text.en.contains("grew"))
    }

    @Test("A sweep's steps share three quarters of one run's event budget")
    func sweepBudget() throws {
        let load = LoadExperiment()
        let base = ParameterValues(defaultsOf: load.parameters)
        let control = RunControl(eventBudget: 100_000)
        let report = try Sweep.run(load, text: "sweep=rate:500..3000:5", base: base, seed: 1, control: control)
        let single = try load.run(base, seed: 1, control: control)
        #expect(report.metric("events")?.value == 15_000)
        #expect(single.metric("events")?.value == 100_000)
    }

    @Test("An overloaded step is marked unstable in the sweep table, never as an infinite ρ")
    func overload() throws {
        let load = LoadExperiment()
        var base = ParameterValues(defaultsOf: load.parameters)
        base.set(LoadExperiment.Key.requests, 5_000)
        let report = try Sweep.run(load, text: "sweep=rate:1000..6000:2", base: base, seed: 1, control: .unattended)
        let rows = try #require(report.tables.first).rows
        #expect(rows.last?.last?.en == "unstable: overloaded")
        #expect(!rows.flatMap { $0 }.contains { $0.en.contains("∞") })
    }

    @Test("Measured metrics carry intervals into the JSON as [lower, upper]")
    func jsonIntervals() throws {
        let load = LoadExperiment()
        var values = ParameterValues(defaultsOf: load.parameters)
        values.set(LoadExperiment.Key.requests, 20_000)
        let report = try load.run(values, seed: 1, control: .unattended)
        let p99 = try #require(report.metric("p99_ms"))
        #expect((p99.halfWidth ?? 0) > 0)
        #expect(report.jsonText(language: .en).contains("\"intervals\""))
    }

    @Test("precision= doubles the run until the headline interval is narrow enough", arguments: ["5%", "0.05"])
    func precision(text: String) throws {
        let load = LoadExperiment()
        var values = ParameterValues(defaultsOf: load.parameters)
        values.set(LoadExperiment.Key.requests, 2_000)
        let target = try PrecisionRun.parse("precision=" + text)
        let report = try PrecisionRun.run(load, target: target, values: values, seed: 1, control: .unattended)
        let headline = try #require(report.metric(load.headline))
        #expect(headline.estimate.relativeHalfWidth <= 0.05)
        #expect(report.parameters[LoadExperiment.Key.requests] > 2_000)
    }

    @Test("precision= is refused for an experiment without a run length, and malformed values say how to write one")
    func precisionErrors() {
        #expect(throws: PrecisionError.malformed("precision=200%")) { try PrecisionRun.parse("precision=200%") }
        #expect(throws: PrecisionError.unsupported("sharding")) {
            try PrecisionRun.run(
                ShardingExperiment(), target: 0.02,
                values: ParameterValues(defaultsOf: ShardingExperiment().parameters),
                seed: 1, control: .unattended)
        }
    }

    @Test("A condition reads a metric's interval bounds through lower and upper")
    func intervalBounds() {
        var metric = Metric("p99_ms", 10, Localized(verbatim: "p99"))
        metric.halfWidth = 2
        let values = FindingList.values(of: [metric])
        #expect((MetricRef("p99_ms").lower > 7.9).holds(in: values))
        #expect(!(MetricRef("p99_ms").upper > 12.1).holds(in: values))
    }
}
