import Testing

@testable import Experiments

@Suite struct BulkheadExperimentTests: ExperimentSuite {
    let experiment: any Experiment = BulkheadExperiment()
    let defaultSeed: UInt64 = 7

    @Test("With bulkheads orders stay near 100% during the hang; a shared pool drops them")
    func isolation() throws {
        let report = try run()
        #expect(try metric(report, "order_hang_success_bulkhead_pct") > 99)
        #expect(try metric(report, "order_hang_success_shared_pct") < 50)
        #expect(try metric(report, "order_p99_bulkhead_ms") < metric(report, "order_p99_shared_ms"))
        #expect(try metric(report, "payment_rejected") > 0)
    }

    @Test("Isolation holds across seeds", arguments: [1, 2, 3] as [UInt64])
    func isolationAcrossSeeds(seed: UInt64) throws {
        let report = try run(seed: seed)
        #expect(try metric(report, "order_hang_success_bulkhead_pct") > 99, "seed \(seed)")
        #expect(try metric(report, "order_hang_success_shared_pct") < 50, "seed \(seed)")
    }

    @Test("Without a hang both set-ups answer every order")
    func noHang() throws {
        let report = try run(["duration=0"])
        #expect(try metric(report, "order_hang_success_shared_pct") == 100)
        #expect(try metric(report, "order_success_pct") == 100)
        #expect(try metric(report, "payment_success_pct") == 100)
    }

    @Test("The mode picks which set-up the headline metrics and charts describe")
    func modePicksChart() throws {
        let shared = try run(["mode=shared"])
        let isolated = try run(["mode=bulkhead"])
        #expect(try metric(shared, "order_hang_success_pct") == metric(shared, "order_hang_success_shared_pct"))
        #expect(try metric(isolated, "order_hang_success_pct") == metric(isolated, "order_hang_success_bulkhead_pct"))
        #expect(shared.charts != isolated.charts)
        #expect(shared.tables == isolated.tables)
    }

    @Test("Same seed gives the same JSON; another seed other numbers")
    func determinism() throws {
        #expect(try run(seed: 3).jsonText(language: .en) == run(seed: 3).jsonText(language: .en))
        #expect(
            try metric(run(seed: 3), "order_hang_success_shared_pct")
                != metric(run(seed: 4), "order_hang_success_shared_pct"))
    }

    @Test("A default run produces every metric, a table, charts and the provider timeline")
    func defaultMetrics() throws {
        let report = try run()
        #expect(
            report.metrics.map(\.name) == [
                "order_success_pct", "order_hang_success_pct", "order_p99_ms", "payment_success_pct",
                "payment_rejected", "order_hang_success_shared_pct", "order_hang_success_bulkhead_pct",
                "order_p99_shared_ms", "order_p99_bulkhead_ms", "hang_s", "workers", "payment_slots",
                "order_workers", "payment_success_shared_pct", "payment_success_bulkhead_pct",
                "payment_rejected_bulkhead", "events", "asked_s", "simulated_s", "budget_cut"
            ])
        #expect(report.tables.count == 1 && report.charts.count == 2 && report.timelines.count == 1)
    }
}

extension BulkheadExperimentTests {
    @Test(
        "Each finding holds in its run's metrics; without a hang none speaks of isolation",
        arguments: [[], ["duration=0"], ["payment_limit=25"], ["workers=2"], ["at=100"], ["mode=shared"]])
    func findingsHold(words: [String]) throws {
        let report = try run(words)
        let values = FindingList.values(of: report.metrics)
        for finding in report.findings {
            #expect(finding.condition.holds(in: values), "\(words): \(finding.id)")
        }
        if words == ["duration=0"] {
            #expect(report.findings.map(\.id) == ["bulkhead.no_hang", "bulkhead.p99"])
        }
    }
}
