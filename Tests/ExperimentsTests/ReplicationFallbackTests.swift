import Testing

@testable import Experiments
@testable import MiniCluster

@Suite struct ReplicationFallbackTests: ExperimentSuite {
    let experiment: any Experiment = ReplicationExperiment()
    /// One replica cut off from 5 s to 15 s, semi-sync with MySQL's fallback after 2 s.
    let outage = ["replicas=1", "mode=semisync", "semisync_timeout=2000", "replica_down_at=5", "replica_down_for=10"]

    @Test("A timeout that is never reached and no outage leave every number of the run as it was")
    func defaultsUnchanged() throws {
        let plain = try run([])
        let patient = try run(["semisync_timeout=600000"])
        #expect(plain.metric("semisync_fallbacks") == nil)
        for metric in plain.metrics {
            #expect(patient.metric(metric.name) == metric, "\(metric.name)")
        }
        #expect(try metric(patient, "semisync_fallbacks") == 0)
    }

    @Test("While the replica is cut off, writes wait the timeout, then semi-sync runs as async until it catches up")
    func fallsBackAndReturns() throws {
        let report = try run(outage + ["fail_at=0"])
        #expect(try metric(report, "semisync_fallbacks") == 1)
        let async = try metric(report, "semisync_async_s")
        #expect(async > 8 && async < 8.5, "the outage after the timeout, plus the catch-up")
        #expect(try metric(report, "semisync_on_at_end") == 1)
        let slowest = try metric(report, "write_max_semisync_ms")
        #expect(slowest >= 2000 && slowest < 2010)
        let unconfirmed = try metric(report, "acked_while_async")
        #expect(abs(unconfirmed / (200 * 10) - 1) < 0.1, "every write of the 10 s outage, at 200 writes/s")
        #expect(report.findings.contains { $0.id == "replication.semisync_fallback" })
        #expect(report.timelines.first?.segments.map(\.state) == [0, 1, 0])
    }

    @Test("A failover inside the window loses the writes semi-sync acknowledged after falling back")
    func failoverLosesAfterFallback() throws {
        let report = try run(outage + ["fail_at=12"])
        let lost = try metric(report, "lost_writes_semisync")
        #expect(lost > 1000)
        #expect(lost <= (try metric(report, "lost_writes_async")))
        #expect(try metric(report, "lost_writes") == lost)
        #expect(report.findings.contains { $0.id == "replication.semisync_fallback_lost" })
        #expect(!report.findings.contains { $0.id == "replication.failover_lost" })
    }

    @Test("Without a timeout semi-sync loses nothing acknowledged but every write of the outage stalls")
    func noTimeoutStalls() throws {
        let report = try run(outage.filter { !$0.hasPrefix("semisync_timeout") } + ["fail_at=12"])
        #expect(try metric(report, "lost_writes_semisync") == 0)
        #expect(try metric(report, "lost_writes_async") > 1000)
        #expect(try metric(report, "semisync_fallbacks") == 0)
        let stalled = try run(outage.filter { !$0.hasPrefix("semisync_timeout") } + ["fail_at=0"])
        #expect(try metric(stalled, "write_max_semisync_ms") > 10_000)
    }

    @Test("With one of two replicas still connected, semi-sync never needs its timeout and a failover loses nothing")
    func oneReplicaLeft() throws {
        let both = outage.filter { $0 != "replicas=1" } + ["replicas=2", "replicas_down=1"]
        let report = try run(both + ["fail_at=0"])
        #expect(try metric(report, "semisync_fallbacks") == 0)
        #expect(try metric(report, "write_max_semisync_ms") < 500)
        #expect(report.findings.contains { $0.id == "replication.semisync_one_left" })
        #expect(try metric(try run(both + ["fail_at=12"]), "lost_writes_semisync") == 0)
    }

    @Test("A timeout shorter than the round trip makes semi-sync fall back again and again")
    func shortTimeoutFlaps() throws {
        let report = try run(["semisync_timeout=5", "fail_at=0"])
        #expect(try metric(report, "semisync_fallbacks") > 50)
        #expect(try metric(report, "write_p99_semisync_ms") <= 6.1)
    }

    @Test("The same seed gives identical JSON with an outage")
    func determinism() throws {
        #expect(try run(outage).jsonText(language: .en) == (try run(outage).jsonText(language: .en)))
    }
}

@Suite struct SemiSyncTimelineTests {
    let timeout = SimTime.seconds(2)

    @Test("A write no replica acknowledges is released when the timeout falls back to async")
    func releasedAtTimeout() {
        let timeline = SemiSyncTimeline(commits: [.zero], acks: [nil], timeout: timeout, horizon: .seconds(5))
        #expect(timeline.acks[0]?.at == .seconds(2))
        #expect(timeline.acks[0]?.confirmed == false)
        #expect(timeline.fallbacks == 1)
        #expect(timeline.asyncTime == .seconds(3))
    }

    @Test(
        "Writes waiting behind the late one are released with it; a write after it is async until a replica catches up")
    func waitingWritesReleasedTogether() {
        let commits: [SimTime] = [.zero, .seconds(1), .seconds(3), .seconds(4), .seconds(6)]
        let acks: [SimTime?] = [nil, .seconds(2.5), .seconds(3.5), .seconds(4.5), .seconds(6.1)]
        let timeline = SemiSyncTimeline(commits: commits, acks: acks, timeout: timeout, horizon: .seconds(10))
        #expect(timeline.acks.map { $0?.at } == [.seconds(2), .seconds(2), .seconds(3), .seconds(4.5), .seconds(6.1)])
        #expect(timeline.acks.map { $0?.confirmed } == [false, false, false, true, true])
        #expect(timeline.unconfirmed == 3)
        #expect(timeline.asyncTime == .seconds(1.5))
    }

    @Test("Without a timeout every acknowledgement waits for its replica, and a write never acknowledged stays so")
    func noTimeout() {
        let timeline = SemiSyncTimeline(
            commits: [.zero, .seconds(1)], acks: [.seconds(9), nil], timeout: nil, horizon: .seconds(5))
        #expect(timeline.acks.map { $0?.at } == [.seconds(9), nil])
        #expect(timeline.fallbacks == 0)
    }
}
