import Testing

@testable import Experiments
@testable import MiniCluster

@Suite struct QueueExperimentTests: ExperimentSuite {
    let experiment: any Experiment = QueueExperiment()

    @Test("With the queue no e-mail is lost and no order fails through the outage, at several seeds")
    func nothingLost() throws {
        for seed: UInt64 in [1, 2, 3] {
            let report = try run([], seed: seed)
            #expect(try metric(report, "emails_lost") == 0)
            #expect(try metric(report, "orders_failed") == 0)
            #expect(try metric(report, "sync_orders_failed") > 0)
            #expect(try metric(report, "drain_s") > 0)
        }
    }

    @Test("Inline e-mail makes the order wait for the mail server; queued e-mail only for the save")
    func latency() throws {
        let report = try run(["outage=0", "burst_s=0"])
        #expect(try metric(report, "sync_order_p99_ms") > 200)
        let sync = try run(["mode=sync", "outage=0", "burst_s=0"])
        #expect(try metric(sync, "order_p50_ms") > 120, "the median of an exponential 200 ms send is about 139 ms")
        #expect(try metric(report, "order_p50_ms") < 12)
    }

    @Test("A visibility timeout shorter than a send delivers some messages twice, and still loses none")
    func atLeastOnce() throws {
        let report = try run(["visibility=150", "outage=0"])
        #expect(try metric(report, "emails_duplicated") > 0)
        #expect(try metric(report, "emails_lost") == 0)
    }

    @Test("The same seed gives identical JSON")
    func determinism() throws {
        #expect(try run([]).jsonText(language: .ko) == (try run([]).jsonText(language: .ko)))
    }
}

@Suite struct MessageQueueTests {
    @Test("Messages come out in order; an unacknowledged one comes back after the visibility timeout")
    func redelivery() {
        var queue = MessageQueue(visibilityTimeout: .seconds(1))
        queue.publish(id: 1, at: .zero)
        queue.publish(id: 2, at: .zero)
        let first = queue.receive(at: .zero)?.id
        let second = queue.receive(at: .zero)?.id
        #expect(first == 1 && second == 2)
        let acknowledged = queue.acknowledge(2)
        #expect(acknowledged)
        #expect(queue.receive(at: .milliseconds(500)) == nil)
        let again = queue.receive(at: .seconds(1))
        #expect(again?.id == 1 && again?.deliveries == 2)
        #expect(queue.redelivered == 1 && queue.backlog == 1)
    }
}

extension QueueExperimentTests {
    @Test(
        "Inline e-mail holds a thread per order, so a burst fills the threads and turns orders away; the queue does not"
    )
    func boundedThreads() throws {
        let report = try run(["outage=0"])
        #expect(try metric(report, "sync_orders_rejected") > 0)
        #expect(try metric(report, "async_orders_rejected") == 0)
        let roomy = try run(["outage=0", "threads=200"])
        #expect(try metric(roomy, "sync_orders_rejected") == 0)
    }

    @Test("At the defaults at-least-once delivery sends some e-mails twice, and the finding says so")
    func defaultDuplicates() throws {
        let report = try run()
        #expect(try metric(report, "emails_duplicated") > 0)
        #expect(report.findings.contains { $0.id == "queue.duplicates" })
    }

    @Test(
        "Each finding holds in its run's metrics; without an outage none speaks of one",
        arguments: [
            [], ["outage=0"], ["burst_s=0"], ["outage_at=100"], ["consumers=1"], ["visibility=150"],
            ["mode=sync", "threads=1"]
        ])
    func findingsHold(words: [String]) throws {
        let report = try run(words)
        let values = FindingList.values(of: report.metrics)
        for finding in report.findings {
            #expect(finding.condition.holds(in: values), "\(words): \(finding.id)")
        }
        if words == ["outage=0"] {
            #expect(
                !report.findings.map(\.id).contains("queue.outage")
                    && report.findings.map(\.id).contains("queue.no_outage"))
        }
    }
}
