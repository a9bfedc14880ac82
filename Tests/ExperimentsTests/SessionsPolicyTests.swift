import Testing

@testable import Experiments

@Suite struct SessionsPolicyTests: ExperimentSuite {
    let experiment: any Experiment = SessionsExperiment()

    /// A stateless run short enough for a sweep: about 40 requests a second a server, server 1 near saturation under round robin.
    private let slowServer = ["mode=stateless", "logins=3", "session=120", "seconds=150", "work=8", "slow=3"]

    @Test(
        "Across 5 seeds, least connections and two choices beat round robin on p99 when server 1 is three times slower, and say so",
        arguments: ["least_conn", "p2c"])
    func loadAwarePoliciesBeatRoundRobin(policy: String) throws {
        for seed: UInt64 in 1...5 {
            let report = try run(slowServer + ["policy=\(policy)"], seed: seed)
            let (p99, roundRobin) = (try metric(report, "p99_ms"), try metric(report, "p99_round_robin_ms"))
            #expect(p99 * 2 < roundRobin, "seed \(seed): \(policy) p99 \(p99) ms, round robin \(roundRobin) ms")
            #expect(report.findings.contains { $0.id == "sessions.\(policy)_p99" }, "seed \(seed)")
        }
    }

    @Test("Across 5 seeds, with servers alike, round robin's p99 is within half again of least connections'")
    func evenServersLeaveLittleToGain() throws {
        for seed: UInt64 in 1...5 {
            let even = slowServer.dropLast() + ["slow=1", "policy=least_conn"]
            let report = try run(Array(even), seed: seed)
            let (p99, roundRobin) = (try metric(report, "p99_ms"), try metric(report, "p99_round_robin_ms"))
            #expect(roundRobin < p99 * 1.5, "seed \(seed): least_conn \(p99) ms, round robin \(roundRobin) ms")
            #expect(!report.findings.contains { $0.id == "sessions.least_conn_p99" }, "seed \(seed)")
        }
    }

    @Test(
        "Across 5 seeds, consistent hashing keeps every request of a surviving session on its server after another crashes"
    )
    func hashKeepsSessionsAcrossACrash() throws {
        for seed: UInt64 in 1...5 {
            let report = try run(
                ["mode=stateless", "policy=hash", "logins=2", "session=120", "seconds=170"], seed: seed)
            #expect(try metric(report, "kept_pct") == 100, "seed \(seed)")
            #expect(try metric(report, "kept_round_robin_pct") < 60, "seed \(seed)")
            #expect(report.findings.contains { $0.id == "sessions.hash_kept" }, "seed \(seed)")
        }
    }

    @Test("Round robin runs two designs; another policy adds a round-robin run and a table beside it")
    func baselineRun() throws {
        let roundRobin = try run(["logins=1", "seconds=60"])
        let hash = try run(["logins=1", "seconds=60", "policy=hash"])
        #expect(roundRobin.tables.count == 1)
        #expect(hash.tables.count == 2)
        #expect(hash.tables[1].columns.map(\.en) == ["quantity", "round_robin", "hash"])
        #expect(try metric(hash, "policy") == 3)
    }

    @Test(
        "A crashed server does not look idle to least connections: it gets fewer requests than its round-robin share, and the finding says why"
    )
    func deadServerLooksBusy() throws {
        let report = try run(["mode=stateless", "policy=least_conn"], seed: 1)
        let (failed, share) = (try metric(report, "failed_requests"), try metric(report, "expected_failed_requests"))
        #expect(failed > 0 && failed < share * 0.5, "failed \(failed), round-robin share \(share)")
        #expect(report.findings.contains { $0.id == "sessions.busy_dead_server" })
    }
}
