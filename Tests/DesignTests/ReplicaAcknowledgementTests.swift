import Design
import Testing

/// When a master acknowledges a write: semi-sync waits one round trip for the replica's receipt,
/// sync also for its apply, and semi-sync falls back to async after its timeout.
@Suite struct ReplicaAcknowledgementTests {
    static func run(_ replica: String, scenario: String? = nil) throws -> DesignOutcome {
        let design = try DesignParser.parse(
            DesignParserTests.scaleOut + "\n%% sim DB_S: replica " + replica, file: "2.1")
        return try DesignRunner.run(
            design,
            settings: RunSettings(rate: 2_000, requests: 40_000, scenario: try scenario.map(ScenarioParser.parse)))
    }

    @Test("A semi-sync write is slower than an async one by the link's round trip, within the interval")
    func semiSyncAddsTheRoundTrip() throws {
        let async = try Self.run("mode=async rtt=20ms")
        let semi = try Self.run("mode=semi-sync rtt=20ms")
        for (name, a, s) in [("p50", async.write.p50, semi.write.p50), ("p95", async.write.p95, semi.write.p95)] {
            let added = s.value - a.value
            let interval = max(s.halfWidth + a.halfWidth, 0.5)
            #expect(abs(added - 20) <= interval, "\(name): added \(added) ms, 20 ± \(interval)")
        }
        #expect(abs(semi.read.p50.value - async.read.p50.value) < 1, "reads do not wait for the replica")
        #expect(semi.semiSyncFallbacks == 0 && async.semiSyncFallbacks == nil)
    }

    @Test("A sync write waits for the round trip and the replica's apply, more than semi-sync")
    func syncWaitsForTheApply() throws {
        let semi = try Self.run("mode=semi-sync rtt=20ms")
        let sync = try Self.run("mode=sync rtt=20ms")
        #expect(sync.write.p50.value > semi.write.p50.value + 1, "the replica's own service time on top")
    }

    @Test("Semi-sync falls back to async once its timeout passes with the replica cut off, and counts it")
    func fallsBackAfterTimeout() throws {
        let cut = "partition App1+App2+App3+DB_M|DB_S at 5s for 5s"
        let semi = try Self.run("mode=semi-sync ack_timeout=1s", scenario: cut)
        #expect(semi.semiSyncFallbacks == 1)
        #expect(semi.write.p99.value > 500, "writes in the first second wait out the timeout")
        let patient = try Self.run("mode=semi-sync ack_timeout=2s", scenario: cut)
        #expect(patient.write.p99.value > semi.write.p99.value)
    }

    @Test("rtt and ack_timeout take durations, and only on replicas")
    func attributes() throws {
        let error = try #require(
            DesignParserTests().parseError(DesignParserTests.scaleOut + "\n%% sim DB_S: replica rtt=fast"))
        #expect(error.message.en.hasPrefix("rtt=fast: expected a duration"))
        let misplaced = try #require(
            DesignParserTests().parseError(DesignParserTests.scaleOut + "\n%% sim App1: ack_timeout=1s"))
        #expect(misplaced.message.en.contains("ack_timeout"))
    }
}
