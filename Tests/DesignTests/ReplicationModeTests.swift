import Design
import Testing

@Suite struct ReplicationModeTests {
    static func run(_ mode: String) throws -> DesignOutcome {
        let design = try DesignParser.parse(
            DesignParserTests.scaleOut + "\n%% sim DB_S: replica apply=150/s mode=\(mode)", file: "2.1")
        return try DesignRunner.run(
            design,
            settings: RunSettings(
                rate: 2_000, requests: 40_000,
                scenario: try ScenarioParser.parse("kill DB_M at 5s")))
    }

    @Test("At a master failure an async replica loses the writes it had not applied; semi-sync and sync lose none")
    func lostWrites() throws {
        let async = try Self.run("async")
        let semi = try Self.run("semi-sync")
        let sync = try Self.run("sync")
        #expect(async.lostWrites > 100, "about 50 writes a second of backlog for 7 s")
        #expect(semi.lostWrites == 0 && sync.lostWrites == 0)
        #expect(sync.write.p50.value > async.write.p50.value, "a sync write waits for the slave to apply it")
    }

    @Test("mode takes async, semi-sync or sync, and says so when it is something else")
    func badMode() throws {
        let error = try #require(
            DesignParserTests().parseError(DesignParserTests.scaleOut + "\n%% sim DB_S: mode=eventual"))
        #expect(error.message.en == "mode=eventual: expected one of async, semi-sync, sync")
        #expect(error.fix == "%% sim DB_S: mode=semi-sync")
    }
}
