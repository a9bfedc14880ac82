import Testing

@testable import Experiments

@Suite struct RetryExperimentTests: ExperimentSuite {
    let experiment: any Experiment = RetryExperiment()
    let defaultSeed: UInt64 = 7

    static let jittered = ["full_jitter", "equal_jitter", "decorrelated_jitter"]

    @Test(
        "Jittered backoff needs far fewer calls than exponential backoff without jitter (Brooker)",
        arguments: [1, 2, 3, 4, 5] as [UInt64])
    func jitterSavesCalls(seed: UInt64) throws {
        let report = try run(seed: seed)
        let plain = try metric(report, "calls_exponential")
        for policy in Self.jittered {
            #expect(try metric(report, "calls_\(policy)") * 1.5 < plain, "seed \(seed): \(policy)")
        }
        #expect(try metric(report, "calls_immediate") > plain, "seed \(seed)")
        #expect(try metric(report, "calls_none") == 200, "seed \(seed)")
    }

    @Test(
        "Every jitter finishes the herd sooner than plain exponential backoff",
        arguments: [1, 2, 3, 4, 5] as [UInt64])
    func jitterTime(seed: UInt64) throws {
        let report = try run(seed: seed)
        let plain = try metric(report, "completion_exponential_s")
        for policy in Self.jittered {
            #expect(try metric(report, "completion_\(policy)_s") < plain, "seed \(seed): \(policy)")
        }
    }

    @Test(
        "Retrying at once collapses goodput because rejected calls cost the resource work",
        arguments: [1, 2, 3] as [UInt64])
    func storm(seed: UInt64) throws {
        let report = try run(["policy=immediate"], seed: seed)
        #expect(try metric(report, "work_done_pct") < 20, "seed \(seed)")
        let free = try run(["policy=immediate", "reject_cost=0"], seed: seed)
        #expect(
            try metric(free, "work_done_pct") > metric(report, "work_done_pct"),
            "seed \(seed): free rejections let work through")
    }

    @Test(
        "The published ordering holds at the defaults: no backoff, then exponential, then the jitters",
        arguments: [1, 2, 3, 4, 5] as [UInt64])
    func ordering(seed: UInt64) throws {
        let report = try run(seed: seed)
        let plain = try metric(report, "calls_per_done_exponential")
        #expect(try metric(report, "calls_per_done_immediate") > plain, "seed \(seed)")
        for policy in Self.jittered {
            #expect(try metric(report, "calls_per_done_\(policy)") < plain, "seed \(seed): \(policy)")
        }
        #expect(report.findings.contains { $0.id == "retry.ordering" }, "seed \(seed)")
    }

    @Test("Amplification is calls per piece of work, and every retrying policy finishes the work at the defaults")
    func amplification() throws {
        for policy in ["exponential", "full_jitter", "equal_jitter", "decorrelated_jitter"] {
            let report = try run(["policy=\(policy)"])
            #expect(try abs(metric(report, "amplification") - metric(report, "calls") / 200) < 1e-9)
            #expect(try metric(report, "work_done_pct") == 100, "\(policy)")
        }
    }

    @Test("A retry budget caps retries as a fraction of calls, and clients give up")
    func budget() throws {
        let report = try run(["budget=0.2", "policy=exponential"])
        let calls = try metric(report, "calls")
        #expect(calls - 200 <= 0.2 * calls + 1)
        #expect(try metric(report, "gave_up") > 0)
    }

    @Test("No retries: one call each, and the work the resource rejected is lost")
    func noRetries() throws {
        let report = try run(["policy=none"])
        #expect(try metric(report, "calls") == 200)
        #expect(try metric(report, "work_done_pct") == 5)
    }

    @Test("An outage holds the work until recovery, and backoff keeps retrying through it")
    func outage() throws {
        let report = try run(["outage=2", "policy=full_jitter"])
        #expect(try metric(report, "completion_s") > 2)
        #expect(try metric(report, "work_done_pct") == 100)
    }

    @Test("Same seed gives the same JSON; another seed other numbers")
    func determinism() throws {
        #expect(try run(seed: 3).jsonText(language: .en) == run(seed: 3).jsonText(language: .en))
        #expect(try metric(run(seed: 3), "calls_full_jitter") != metric(run(seed: 4), "calls_full_jitter"))
    }

    @Test("A default run produces its metrics, a table with every policy and two charts")
    func defaultMetrics() throws {
        let report = try run()
        let perPolicy = ["none", "immediate", "exponential", "full_jitter", "equal_jitter", "decorrelated_jitter"]
            .flatMap {
                [
                    "calls_\($0)", "completion_\($0)_s", "work_done_\($0)_pct", "calls_per_done_\($0)",
                    "peak_calls_\($0)_per_s"
                ]
            }
        let headline = [
            "calls", "amplification", "completion_s", "work_done_pct", "gave_up", "peak_calls_per_s", "rejected",
            "clients", "capacity_per_s", "replications"
        ]
        #expect(report.metrics.map(\.name) == headline + perPolicy + ["events", "budget_cut"])
        #expect(report.tables.first?.rows.count == 6)
        #expect(report.charts.count == 2)
    }
}

extension RetryExperimentTests {
    @Test(
        "Each finding holds in its run's metrics",
        arguments: [
            [], ["clients=1"], ["capacity=1000000"], ["max_attempts=1"],
            ["budget=0"], ["outage=2"], ["reject_cost=0"], ["base=0"]
        ])
    func findingsHold(words: [String]) throws {
        let report = try run(words)
        let values = FindingList.values(of: report.metrics)
        for finding in report.findings {
            #expect(finding.condition.holds(in: values), "\(words): \(finding.id)")
        }
    }
}

extension RetryExperimentTests {
    @Test("The headline metrics carry 95% intervals from independent replications, into the JSON")
    func replicationIntervals() throws {
        let report = try run()
        for name in ["amplification", "completion_s", "calls", "calls_per_done_full_jitter"] {
            let metric = try #require(report.metric(name), "\(name)")
            #expect(try #require(metric.halfWidth, "\(name)") > 0, "\(name)")
        }
        #expect(report.metric("clients")?.halfWidth == nil)
        let intervals = try #require(report.jsonText(language: .en).components(separatedBy: "\"intervals\"").last)
        #expect(intervals.contains("\"amplification\""))
    }

    @Test("More replications narrow the interval of amplification, and precision= grows them")
    func replicationsNarrow() throws {
        let few = try #require(run(["replications=4", "clients=50"]).metric("amplification")?.halfWidth)
        let many = try #require(run(["replications=20", "clients=50"]).metric("amplification")?.halfWidth)
        #expect(many < few)
        var values = ParameterValues(defaultsOf: experiment.parameters)
        values.set(RetryExperiment.Key.clients, 50)
        let start = try #require(run(["clients=50"]).metric("amplification")).estimate.relativeHalfWidth
        let precise = try PrecisionRun.run(experiment, target: start / 2, values: values, seed: 7, control: .unattended)
        #expect(precise.parameters[RetryExperiment.Key.replications] > 5)
        #expect(try #require(precise.metric("amplification")).estimate.relativeHalfWidth <= start / 2)
    }
}
