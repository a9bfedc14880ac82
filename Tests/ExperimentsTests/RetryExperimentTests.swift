import Testing
@testable import Experiments

@Suite struct RetryExperimentTests: ExperimentSuite {
    let experiment: any Experiment = RetryExperiment()
    let defaultSeed: UInt64 = 7


    static let jittered = ["full_jitter", "equal_jitter", "decorrelated_jitter"]

    @Test("Jittered backoff needs far fewer calls than exponential backoff without jitter (Brooker)",
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

    @Test("Full jitter finishes no later than plain exponential and about as fast as the other jitters",
          arguments: [1, 2, 3, 4, 5] as [UInt64])
    func fullJitterTime(seed: UInt64) throws {
        let report = try run(seed: seed)
        let full = try metric(report, "completion_full_jitter_s")
        #expect(try full <= metric(report, "completion_exponential_s"), "seed \(seed)")
        for policy in ["equal_jitter", "decorrelated_jitter"] {
            let other = try metric(report, "completion_\(policy)_s")
            #expect(full < 2 * other && other < 2 * full, "seed \(seed): full \(full) s vs \(policy) \(other) s")
        }
    }

    @Test("Amplification is calls per piece of work, and every retrying policy finishes the work at the defaults")
    func amplification() throws {
        for policy in ["exponential", "full_jitter", "equal_jitter", "decorrelated_jitter"] {
            let report = try run(["policy=\(policy)"])
            #expect(try metric(report, "amplification") == metric(report, "calls") / 200)
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
            .flatMap { ["calls_\($0)", "completion_\($0)_s"] }
        #expect(report.metrics.map(\.name) == ["calls", "amplification", "completion_s", "work_done_pct", "gave_up", "peak_calls_per_s"] + perPolicy)
        #expect(report.tables.first?.rows.count == 6)
        #expect(report.charts.count == 2)
    }
}
