import Design
import Testing

/// Balancers whose backends a partition cuts off mark them down after their health checks' detection
/// delay and route around them; what they sent in the window fails, and is counted.
@Suite struct PartitionHealthCheckTests {
    static func run(detect: String, scenario: String = "partition LB|App2 at 5s for 8s") throws -> DesignOutcome {
        let design = try DesignParser.parse(
            DesignParserTests.scaleOut + "\n%% sim LB: lb detect=\(detect)\n%% sim App1 App2 App3: app workers=32",
            file: "2.1")
        return try DesignRunner.run(
            design, settings: RunSettings(rate: 1_500, requests: 30_000, scenario: try ScenarioParser.parse(scenario)))
    }

    @Test("Requests the balancer sends across the cut before it notices fail: a third of the load for the delay")
    func failuresInTheDetectionWindow() throws {
        let quick = try Self.run(detect: "1s")
        let slow = try Self.run(detect: "4s")
        let expected = 1_500.0 / 3
        let quickFailed = try #require(quick.refusedByPartition)
        let slowFailed = try #require(slow.refusedByPartition)
        #expect(abs(Double(quickFailed) - expected) < expected * 0.25, "\(quickFailed) of about \(expected)")
        #expect(abs(Double(slowFailed) - 4 * expected) < 4 * expected * 0.25, "\(slowFailed)")
    }

    @Test("After the delay the balancer routes around the cut-off server and errors stop; after healing it returns")
    func routesAround() throws {
        let outcome = try Self.run(detect: "1s")
        let timeline = try #require(outcome.timeline)
        let failing = timeline.errorRates.enumerated().filter { $0.element > 0 }.map(\.offset)
        let width = timeline.bucketSeconds
        #expect(Double(failing.count) * width <= 2.5, "errors only within about one second: buckets \(failing)")
        #expect(outcome.nodes[4].served > 0, "App2 served before and after the cut")
    }

    @Test("The read balancer over replicas notices a cut-off replica too, and reads go to the master")
    func readBalancer() throws {
        let outcome = try Self.run(detect: "1s", scenario: "partition App1+App2+App3+DB_M|DB_S at 5s for 8s")
        let timeline = try #require(outcome.timeline)
        let failing = timeline.errorRates.filter { $0 > 0 }.count
        #expect(Double(failing) * timeline.bucketSeconds <= 3.5, "reads fail only until the 2 s health check")
        #expect((outcome.refusedByPartition ?? 0) > 0)
    }
}
