import Testing

@testable import Experiments

@Suite struct ReplicationExperimentTests: ExperimentSuite {
    let experiment: any Experiment = ReplicationExperiment()

    @Test("When writes outpace what replicas apply, lag grows like t × (1 − apply/writes)")
    func lagGrowsWithoutBound() throws {
        let report = try run(["writes=400", "apply=300", "seconds=40", "fail_at=0"])
        let expected = 40 * (1 - 300.0 / 400) * 1000
        #expect(abs(try metric(report, "final_lag_ms") / expected - 1) < 0.05)
        let steady = try run(["writes=200", "apply=300", "seconds=40", "fail_at=0"])
        #expect(try metric(steady, "max_lag_ms") < 500)
    }

    @Test("Reading from the primary after one's own write removes read-your-writes violations")
    func readYourWrites() throws {
        #expect(try metric(try run([]), "ryw_violations") > 0)
        let mitigated = try run(["primary_after_write=1000"])
        #expect(try metric(mitigated, "ryw_violations") == 0)
        #expect(try metric(mitigated, "primary_reads") > 0)
    }

    @Test("On failover async loses acknowledged writes when copies are slow; semi-sync and sync never do")
    func failover() throws {
        let report = try run(["delay=100", "writes=500", "apply=1000"])
        #expect(try metric(report, "lost_writes_async") > 0)
        for mode in ["semisync", "sync"] {
            #expect(try metric(try run(["delay=100", "writes=500", "apply=1000", "mode=\(mode)"]), "lost_writes") == 0)
        }
    }

    @Test("Read capacity grows with replicas, and write acknowledgement slows from async to sync")
    func capacityAndModes() throws {
        #expect(try metric(try run(["replicas=4"]), "read_capacity_rps") == 4000)
        let async = try metric(try run(["mode=async"]), "write_p99_ms")
        let semi = try metric(try run(["mode=semisync"]), "write_p99_ms")
        let sync = try metric(try run(["mode=sync"]), "write_p99_ms")
        #expect(async < semi && semi < sync)
    }

    @Test("The same seed gives identical JSON")
    func determinism() throws {
        #expect(try run([]).jsonText(language: .en) == (try run([]).jsonText(language: .en)))
    }
}

@Suite struct ReplicationFailoverTests: ExperimentSuite {
    let experiment: any Experiment = ReplicationExperiment()

    @Test("Async loses exactly the committed writes the promoted replica never received")
    func lostEqualsGap() throws {
        let report = try run(["delay=100", "writes=500", "apply=1000"])
        let gap = try metric(report, "committed_at_failover") - metric(report, "promoted_received")
        #expect(gap > 0)
        #expect(try metric(report, "lost_writes_async") == gap)
        #expect(try metric(report, "replicas_after_failover") == 1)
    }

    @Test(
        "Stale reads are counted per key: with almost no writes there are almost none, and at the defaults only a few percent"
    )
    func stalePerKey() throws {
        #expect(try metric(try run(["writes=0.1", "fail_at=0", "seconds=5"]), "stale_reads") <= 5)
        #expect(try metric(try run(["fail_at=0"]), "stale_read_pct") < 5)
    }

    @Test("A failure after the simulated end promotes nothing and says so")
    func noFailover() throws {
        let report = try run(["fail_at=100", "seconds=30"])
        #expect(try metric(report, "failed_over") == 0)
        #expect(report.metric("lost_writes") == nil)
    }
}
