import Testing

@testable import Experiments
@testable import MiniCluster

@Suite struct CapExperimentTests: ExperimentSuite {
    let experiment: any Experiment = CapExperiment()

    @Test(
        "Without a partition, R+W>N never reads stale data, and R+W≤N does once copies lag",
        arguments: [(2, 2, true), (3, 1, true), (1, 3, true), (1, 1, false), (2, 1, false)])
    func quorumCondition(r: Int, w: Int, overlapping: Bool) throws {
        for seed: UInt64 in [1, 2, 3] {
            let report = try run(["mode=quorum", "r=\(r)", "w=\(w)", "duration=0", "lag=200"], seed: seed)
            #expect(try metric(report, "quorum_overlap") == (overlapping ? 1 : 0))
            if overlapping {
                #expect(try metric(report, "stale_reads") == 0, "r=\(r) w=\(w) seed \(seed)")
            } else {
                #expect(try metric(report, "stale_reads") > 0, "r=\(r) w=\(w) seed \(seed)")
            }
        }
    }

    @Test("CP refuses the cut-off side and never returns a stale read, at several seeds")
    func consistentMode() throws {
        for seed: UInt64 in [1, 2, 3, 4] {
            let report = try run(["mode=cp"], seed: seed)
            #expect(try metric(report, "stale_reads") == 0)
            #expect(try metric(report, "side_b_availability_pct") == 0)
            #expect(try metric(report, "availability_pct") < 100)
        }
    }

    @Test("AP answers everywhere but counts stale reads and writes lost at the heal, then converges")
    func availableMode() throws {
        let report = try run(["mode=ap"])
        #expect(try metric(report, "side_b_availability_pct") == 100)
        #expect(try metric(report, "stale_reads") > 0)
        #expect(try metric(report, "overwritten_writes") > 0)
        #expect(try metric(report, "converge_ms") >= 0)
        #expect(try metric(report, "converge_ms") < 1000)
    }

    @Test("The same seed gives identical JSON; another seed other numbers")
    func determinism() throws {
        let a = try run([]).jsonText(language: .en)
        #expect(a == (try run([]).jsonText(language: .en)))
        #expect(a != (try run([], seed: 2).jsonText(language: .en)))
    }
}

@Suite struct ConsistencyCheckerTests {
    @Test("A read is stale only when it returns something older than the newest acknowledged write")
    func staleness() {
        var checker = ConsistencyChecker()
        let first = checker.read(returned: 0)
        checker.acknowledged(write: 1)
        checker.acknowledged(write: 2)
        let older = checker.read(returned: 1)
        let latest = checker.read(returned: 2)
        let early = checker.read(returned: 3)
        #expect(!first && older && !latest)
        #expect(!early, "a write not yet acknowledged may be read early")
        #expect(checker.reads == 4 && checker.staleReads == 1 && checker.versionsBehind == 1)
    }

    @Test("A register keeps the newest version per replica and knows when copies agree")
    func register() {
        var register = ReplicatedRegister(replicas: 3)
        let newer = register.apply(2, at: 0)
        let older = register.apply(1, at: 0)
        #expect(newer && !older)
        #expect(register.newest(among: [1, 2]) == 0)
        #expect(!register.converged)
        register.apply(2, at: 1)
        register.apply(2, at: 2)
        #expect(register.converged)
    }
}

extension CapExperimentTests {
    @Test(
        "Each finding holds in its run's metrics; without a partition none speaks of one",
        arguments: [[], ["mode=cp"], ["duration=0"], ["at=100"], ["mode=quorum", "r=1", "w=3"], ["writes=0"], ["lag=0"]]
    )
    func findingsHold(words: [String]) throws {
        let report = try run(words)
        let values = FindingList.values(of: report.metrics)
        for finding in report.findings {
            #expect(finding.condition.holds(in: values), "\(words): \(finding.id)")
        }
        if words == ["duration=0"] {
            #expect(
                !report.findings.map(\.id).contains("cap.partition")
                    && !report.findings.map(\.id).contains("cap.lww_loss"))
        }
    }

    @Test("The partition goes through the network link: copies to the cut-off replica wait for the heal")
    func linkPartition() throws {
        let report = try run(["mode=ap", "lag=0"])
        #expect(try metric(report, "overwritten_writes_ap") > 0)
        #expect(try metric(report, "converge_ms") < 1)
    }
}
