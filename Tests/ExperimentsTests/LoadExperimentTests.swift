import Testing

@testable import Experiments
@testable import MiniCluster

@Suite struct LoadExperimentTests {
    let load = LoadExperiment()

    func run(_ assignments: [String], seed: UInt64 = 1) throws -> Report {
        try load.run(
            try ParameterParser.parse(assignments, specs: load.parameters, experiment: "load"), seed: seed,
            control: .unattended)
    }

    @Test(
        "Mean wait is within 2% of Erlang C for M/M/1 and M/M/4 at utilisation 0.5 and 0.8",
        arguments: [("1", "500"), ("1", "800"), ("4", "2000"), ("4", "3200")])
    func erlangC(servers: String, rate: String) throws {
        let report = try run(["servers=\(servers)", "rate=\(rate)", "service=1", "requests=2000000"])
        let measured = try #require(report.metric("mean_wait_ms")).value
        let theory = try #require(report.metric("erlang_c_wait_ms")).value
        #expect(abs(measured / theory - 1) < 0.02, "measured \(measured) ms, Erlang C \(theory) ms")
    }

    @Test("Little's law: mean number in system equals throughput times mean response within 2%")
    func littlesLaw() throws {
        let report = try run(["servers=3", "rate=2400", "service=1"])
        let l = try #require(report.metric("mean_in_system")).value
        let lambdaW =
            try #require(report.metric("throughput_rps")).value
            * (try #require(report.metric("mean_response_ms")).value) / 1000
        #expect(abs(l / lambdaW - 1) < 0.02)
    }

    @Test("Throughput equals the offered rate below saturation and the capacity above it")
    func throughput() throws {
        let below = try run(["servers=2", "rate=1000", "service=1"])
        #expect(abs(try #require(below.metric("throughput_rps")).value / 1000 - 1) < 0.02)
        let above = try run(["servers=2", "rate=4000", "service=1", "requests=100000"])
        #expect(abs(try #require(above.metric("throughput_rps")).value / 2000 - 1) < 0.03)
        #expect(try #require(above.metric("utilization")).value > 0.98)
        #expect(above.metric("erlang_c_wait_ms") == nil)
    }

    @Test(
        "An idle system says nobody waited, and compares Erlang C only when it predicts a wait the nanosecond clock can measure"
    )
    func erlangCComparedOnlyWhenMeasurable() throws {
        let idle = try run(["rate=1", "requests=1000"])
        #expect(try #require(idle.metric("erlang_c_wait_ms")).value < 1e-6)
        #expect(!idle.findings.contains { $0.id == "load.erlang_c" })
        #expect(idle.findings.contains { $0.id == "load.no_wait" } && !idle.findings.contains { $0.id == "load.busy" })
        #expect(try run(["requests=20000"]).findings.contains { $0.id == "load.erlang_c" })
    }

    @Test("The same seed gives byte-identical JSON; another seed gives other samples")
    func determinism() throws {
        let a = try run(["requests=20000"]).jsonText(language: .en)
        #expect(a == (try run(["requests=20000"]).jsonText(language: .en)))
        #expect(a != (try run(["requests=20000"], seed: 2).jsonText(language: .en)))
    }

    @Test("The default run reports every documented metric and findings in both languages")
    func metricsAndFindings() throws {
        let report = try run([])
        for name in ["utilization", "mean_wait_ms", "mean_response_ms", "p50_ms", "p99_ms", "throughput_rps", "events"]
        {
            #expect(report.metric(name) != nil, "missing \(name)")
        }
        #expect(report.findings.count >= 3)
        #expect(report.findings.allSatisfy { !$0.text.en.isEmpty && !$0.text.ko.isEmpty && $0.text.en != $0.text.ko })
    }

    @Test("A rate sweep runs from low utilisation to near saturation and draws the hockey stick")
    func sweep() throws {
        let base = ParameterValues(defaultsOf: load.parameters)
        var values = base
        values.set(LoadExperiment.Key.requests, 20000)
        let report = try Sweep.run(load, text: "sweep=rate:400..3800:5", base: values, seed: 1, control: .unattended)
        guard case .line(let chart)? = report.charts.first else {
            Issue.record("no line chart")
            return
        }
        let response = try #require(chart.series.first { $0.name == "mean_response_ms" }).points
        #expect(response.count == 5)
        #expect(response.map(\.x) == response.map(\.x).sorted())
        #expect(response.last!.y > 4 * response.first!.y)
    }

    @Test(
        "Sweep text errors say how to write a sweep",
        arguments: ["sweep=", "sweep=rate:5", "sweep=rate:9..1", "sweep=rate:1..9:1"])
    func sweepErrors(text: String) {
        #expect(throws: SweepError.self) { try Sweep.parse(text) }
    }
}
