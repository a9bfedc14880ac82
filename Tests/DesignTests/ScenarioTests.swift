import Design
import Testing

@Suite struct ScenarioTests {
    static func run(_ scenario: String, rate: Double = 2_000, requests: Int = 40_000) throws -> DesignOutcome {
        let design = try DesignParser.parse(DesignParserTests.scaleOut, file: "2.1")
        return try DesignRunner.run(
            design, settings: RunSettings(rate: rate, requests: requests, scenario: try ScenarioParser.parse(scenario)))
    }

    @Test("Scenario text reads events joined by commas, with or without spaces")
    func parse() throws {
        let scenario = try ScenarioParser.parse("kill DB_M at 5s, spike x3 at 2s for 1s,slow:App1:x4@500ms,cold-cache")
        #expect(
            scenario.events == [
                .kill(node: "DB_M", at: 5), .spike(factor: 3, at: 2, lasting: 1),
                .slow(node: "App1", factor: 4, at: 0.5),
                .coldCache
            ])
        #expect(throws: DesignError.self) { try ScenarioParser.parse("explode DB_M") }
        #expect(throws: DesignError.self) { try ScenarioParser.parse("spike x0 at 1s") }
    }

    @Test("Killing the master fails writes until the slave is promoted; reads keep working; the timeline shows both")
    func killPrimary() throws {
        let outcome = try Self.run("kill DB_M at 5s")
        #expect(outcome.errorRate > 0 && outcome.errorRate < 0.05)
        let timeline = try #require(outcome.timeline)
        #expect(timeline.nodeStates.map(\.id) == ["DB_M", "DB_S"])
        let promoted = try #require(timeline.nodeStates[1].changes.last)
        let killed = try #require(timeline.nodeStates[0].changes.last)
        #expect(
            promoted.state == 3 && abs(promoted.time - killed.time - 2) < 1e-9, "promoted after the 2 s detection delay"
        )
        #expect(timeline.errorRates.last == 0, "no errors once the slave took over")
    }

    @Test("Killing a server behind the balancer costs requests only until health checks notice")
    func killServer() throws {
        let outcome = try Self.run("kill App2 at 5s")
        #expect(outcome.errorRate > 0 && outcome.errorRate < 0.05)
        #expect(!outcome.nodes[4].up && outcome.nodes[3].utilization > outcome.nodes[4].utilization)
    }

    @Test("A spike overloads the replica; a slow node raises latency")
    func spikeAndSlow() throws {
        let calm = try Self.run("cold-cache", rate: 3_000)
        let spike = try Self.run("spike x2 at 2s", rate: 3_000)
        #expect(spike.read.p99.value > calm.read.p99.value * 2)
        let slow = try Self.run("slow DB_S x3 at 0s")
        #expect(slow.read.p50.value > calm.read.p50.value + 5)
    }

    @Test("A partition fails the calls across it and holds replication back until it heals, drawn as cut off")
    func partition() throws {
        let outcome = try Self.run("partition App1+App2+App3+DB_M|DB_S at 5s for 5s")
        #expect(outcome.errorRate > 0.05 && outcome.errorRate < 0.4, "reads sent to the slave fail for 5 s of about 20")
        #expect((outcome.heldByPartition ?? 0) > 500, "about 200 writes a second wait for the network")
        let timeline = try #require(outcome.timeline)
        #expect(timeline.nodeStates.map(\.id) == ["DB_S"])
        #expect(timeline.nodeStates[0].changes.map(\.state) == [0, 4, 0])
        #expect(timeline.errorRates.suffix(5).allSatisfy { $0 == 0 }, "healed")
        #expect(
            try ScenarioParser.parse("partition east|west at 1s").events == [
                .partition(sides: [["east"], ["west"]], at: 1, lasting: 1e6)
            ])
        #expect(throws: DesignError.self) { try ScenarioParser.parse("partition DB_M at 1s") }
    }

    @Test("Losing a region kills each of its nodes; DNS stops sending there after its detection delay and errors stop")
    func loseRegion() throws {
        let design = try DesignParser.parse(
            """
            graph LR
                User[Users] --> DNS[DNS]
                DNS --> LB_E[Load Balancer east]
                DNS --> LB_W[Load Balancer west]
                LB_E --> A_E[Server east]
                LB_W --> A_W[Server west]
                A_E --> DB_M[(Master DB)]
                A_W --> DB_M
                DB_M -.-> DB_S[(Slave DB)]
            %% sim LB_E A_E DB_M: region=east
            %% sim LB_W A_W DB_S: region=west
            """, file: "regions")
        let outcome = try DesignRunner.run(
            design,
            settings: RunSettings(
                rate: 1_000, requests: 30_000,
                scenario: try ScenarioParser.parse("lose-region east at 5s")))
        let timeline = try #require(outcome.timeline)
        #expect(timeline.nodeStates.map(\.id) == ["LB_E", "A_E", "DB_M", "DB_S"])
        #expect(outcome.errorRate > 0.01 && outcome.errorRate < 0.1)
        #expect(timeline.errorRates.suffix(5).allSatisfy { $0 == 0 })
        #expect(throws: DesignError.self) {
            try DesignRunner.run(
                design,
                settings: RunSettings(
                    rate: 100, requests: 1_000, scenario: try ScenarioParser.parse("lose-region mars at 1s")))
        }
    }
}
