import Testing

@testable import Experiments

@Suite struct SessionsExperimentTests: ExperimentSuite {
    let experiment: any Experiment = SessionsExperiment()

    @Test(
        "Sticky sessions lose the crashed server's share, about 1/N; a shared store loses none",
        arguments: [2, 3, 5])
    func lostShare(servers: Int) throws {
        for seed: UInt64 in [1, 2] {
            let report = try run(["servers=\(servers)", "logins=20"], seed: seed)
            #expect(abs(try metric(report, "sessions_lost_pct") - 100 / Double(servers)) < 4, "seed \(seed)")
            #expect(try metric(report, "sessions_lost_stateless") == 0)
        }
    }

    @Test("A new server takes its full share at once when stateless, and almost nothing with sticky sessions")
    func newServer() throws {
        let sticky = try run(["mode=sticky"])
        let stateless = try run(["mode=stateless"])
        #expect(try metric(sticky, "new_server_share_pct") < 10)
        #expect(abs(try metric(stateless, "new_server_share_pct") - 100.0 / 3) < 3)
        let (even, uneven) = (try metric(stateless, "imbalance"), try metric(sticky, "imbalance"))
        #expect(even < uneven)
    }

    @Test("The same seed gives identical JSON")
    func determinism() throws {
        #expect(try run([]).jsonText(language: .en) == (try run([]).jsonText(language: .en)))
    }
}

@Suite struct SessionsDetectionTests: ExperimentSuite {
    let experiment: any Experiment = SessionsExperiment()

    @Test(
        "Stateless servers fail the dead server's round-robin share of the detection window",
        arguments: [1.0, 3.0, 10.0])
    func detectionWindow(detect: Double) throws {
        let report = try run(["mode=stateless", "detect=\(detect)"])
        let failed = try metric(report, "failed_requests")
        let expected = try metric(report, "expected_failed_requests")
        #expect(abs(failed / expected - 1) < 0.2, "failed \(failed), expected \(expected)")
        #expect(report.findings.contains { $0.id == "sessions.detection_window" })
    }

    @Test("Instant detection fails no request")
    func instant() throws {
        let report = try run(["mode=stateless", "detect=0"])
        #expect(try metric(report, "failed_requests") == 0)
    }
}
