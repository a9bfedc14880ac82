import Design
import Testing

@Suite struct EdgePolicyTests {
    static let payments = """
        graph LR
            User[Customer] --> LB[Load Balancer]
            LB --> App1[Order server 1]
            LB --> App2[Order server 2]
            App1 --> DB[(Orders DB)]
            App2 --> DB
            App1 --> Pay[Payment API]
            App2 --> Pay
        %% sim App1 App2: app workers=32 service=5ms
        %% sim Pay: external workers=200 service=100ms
        """

    static func run(_ guards: String, scenario: String? = "slow Pay x50 at 5s") throws -> DesignOutcome {
        let design = try DesignParser.parse(payments + "\n" + guards, file: "pay.mmd")
        return try DesignRunner.run(
            design,
            settings: RunSettings(rate: 1_000, requests: 30_000, scenario: try scenario.map(ScenarioParser.parse)))
    }

    @Test("An edge line sets the timeout, the retry policy and the breaker of both servers' calls")
    func parse() throws {
        let design = try DesignParser.parse(
            Self.payments
                + "\n%% sim App1 App2 --> Pay: timeout=300ms retry=jitter attempts=2 budget=10% breaker=40% wait=2s",
            file: "pay.mmd")
        let policies = design.edges.compactMap(\.policy)
        #expect(policies.count == 2)
        let policy = try #require(policies.first)
        #expect(policy.timeout == 0.3 && policy.retry == .fullJitter && policy.attempts == 2 && policy.budget == 0.1)
        #expect(policy.breaker?.failureRateThreshold == 0.4 && policy.breaker?.waitInOpen == .seconds(2))
    }

    @Test("A bad edge attribute names file, line and column, and the fix")
    func errors() throws {
        let unknown = try #require(DesignParserTests().parseError(Self.payments + "\n%% sim App1 --> Pay: timout=1s"))
        #expect(unknown.line == 11 && unknown.column == 22 && unknown.word == "timout")
        #expect(unknown.note?.en.contains("timeout") == true && unknown.note?.ko.hasPrefix("간선에 쓸 수 있는 속성") == true)
        let range = try #require(DesignParserTests().parseError(Self.payments + "\n%% sim App1 --> Pay: attempts=99"))
        #expect(range.line == 11 && range.column == 31 && range.fix == "%% sim App1 --> Pay: attempts=3")
        let database = try DesignParser.parse(Self.payments + "\n%% sim App1 --> DB: timeout=1s", file: "pay.mmd")
        #expect(
            database.edges.compactMap(\.policy).map(\.timeout) == [1], "a server's database call takes a policy too")
        let noEdge = try #require(DesignParserTests().parseError(Self.payments + "\n%% sim Pay --> App1: timeout=1s"))
        #expect(noEdge.message.en == "there is no solid edge Pay --> App1 in the flowchart")
    }

    @Test("A hanging provider without a timeout holds every server worker: reads fail too")
    func hangingTakesCallersDown() throws {
        let bare = try Self.run("")
        #expect(bare.errorRate > 0.3, "far more than the 10% of requests that pay: reads fail too")
        #expect(bare.nodes[2].rejected > 0, "App1 turns requests away once its queue is full")
    }

    @Test("With a timeout and a breaker the same hang fails only the payments, and fast")
    func breakerFailsFast() throws {
        let guarded = try Self.run("%% sim App1 App2 --> Pay: timeout=300ms breaker=50% wait=5s")
        #expect(guarded.errorRate < 0.15, "about the 10% of requests that pay")
        #expect(guarded.calls.breakerRejected > 0 && guarded.calls.timeouts > 0)
        #expect(guarded.read.p99.value < 100)
        #expect(guarded.nodes[2].rejected == 0)
    }

    @Test("Retries with backoff recover the calls a full provider refused, within their budget")
    func retriesRecover() throws {
        let full = "%% sim Pay: workers=12 queue=0\n"
        let plain = try Self.run(full, scenario: nil)
        let retried = try Self.run(
            full + "%% sim App1 App2 --> Pay: retry=exponential attempts=3 backoff=100ms budget=50%", scenario: nil)
        #expect(plain.errorRate > 0.005, "about one call in eight finds the provider full (Erlang B)")
        #expect(retried.calls.retries > 0 && retried.errorRate < plain.errorRate / 2)
        let stingy = try Self.run(
            full + "%% sim App1 App2 --> Pay: retry=exponential attempts=3 budget=1%", scenario: nil)
        #expect(stingy.calls.retries < retried.calls.retries)
    }
}
