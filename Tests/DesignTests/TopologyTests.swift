import Design
import Testing

@Suite struct TopologyTests {
    @Test("A read-through cache (server, cache, database in a row) serves misses from the database behind it")
    func readThroughCache() throws {
        let design = try DesignParser.parse(
            """
            graph TD
                Users[👥 Users] --> LB[Load balancer ×2]
                LB --> App[Stateless servers ×N]
                App --> Cache[Cache]
                Cache --> DB[(Primary + replicas)]
            """, file: "4.3")
        #expect(design.nodes.map(\.kind) == [.users, .lb, .app, .cache, .primary])
        let outcome = try DesignRunner.run(design, settings: RunSettings(rate: 1_000, requests: 20_000))
        #expect(outcome.errorRate == 0)
        #expect(try #require(outcome.nodes[3].hitRatio) > 0.2)
        #expect(outcome.nodes[4].utilization > 0)
    }

    @Test("Writes are enqueued on a server's queue and drained by the workers behind it")
    func queueAndWorker() throws {
        let design = try DesignParser.parse(
            """
            graph LR
                U[Customer] --> API[Order API]
                API --> DB[(Orders DB)]
                API --> Q[Message queue]
                Q -.-> W[Mail worker]
            %% sim W: worker workers=2 service=10ms
            """, file: "3.3")
        let outcome = try DesignRunner.run(design, settings: RunSettings(rate: 1_000, readShare: 0.8, requests: 40_000))
        #expect(abs(outcome.nodes[4].utilization - 200 * 0.010 / 2) < 0.05, "200 writes/s × 10 ms on 2 workers")
        #expect(outcome.write.p99.value < 100, "the mail work is not on the request's path")
    }
}

@Suite struct CapacitySearchTests {
    @Test("The capacity meets the SLO, lies below the tier's saturation, and 10% more load breaks the SLO")
    func capacity() throws {
        let design = try DesignParser.parse(
            "graph LR\nU[Users] --> A[Server]\n%% sim A: app workers=4 service=10ms queue=100000\n", file: "c")
        let settings = RunSettings(rate: 100, readShare: 1, requests: 20_000)
        let capacity = try CapacitySearch.find(
            design, settings: settings, outcome: try DesignRunner.run(design, settings: settings),
            p99Limit: 200)
        #expect(capacity > 280 && capacity < 400, "capacity \(capacity)")
        var beyond = settings
        beyond.rate = capacity * 1.1
        beyond.requests = 20_000
        let over = try DesignRunner.run(design, settings: beyond)
        #expect(over.read.p99.value > 200 || over.errorRate >= 0.001)
    }
}
