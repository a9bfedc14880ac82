import Design
import Testing

/// Timeouts, retries and breakers on every synchronous edge, not only on calls to external APIs.
@Suite struct GuardedCallTests {
    static let shop = """
        graph LR
            User[Users] --> LB[Load Balancer]
            LB --> App1[Server 1]
            LB --> App2[Server 2]
            App1 --> Redis[(Redis)]
            App2 --> Redis
            App1 --> DB[(Orders DB)]
            App2 --> DB
        %% sim App1 App2: app workers=16 service=4ms
        %% sim DB: primary workers=32 service=4ms
        """

    static func run(_ guards: String, scenario: String? = "slow DB x50 at 5s") throws -> DesignOutcome {
        let design = try DesignParser.parse(shop + "\n" + guards, file: "shop.mmd")
        return try DesignRunner.run(
            design,
            settings: RunSettings(rate: 1_000, requests: 30_000, scenario: try scenario.map(ScenarioParser.parse)))
    }

    @Test("Edge lines set policies on server to cache, server to database and balancer to server calls")
    func everySynchronousEdge() throws {
        let design = try DesignParser.parse(
            Self.shop + """

                %% sim App1 App2 --> DB: timeout=50ms breaker=50%
                %% sim App1 --> Redis: timeout=10ms
                %% sim LB --> App1 App2: timeout=1s retry=exponential attempts=2
                """, file: "shop.mmd")
        let guarded = design.edges.filter { $0.policy != nil }.map {
            design.nodes[$0.from].id + ">" + design.nodes[$0.to].id
        }
        #expect(guarded == ["LB>App1", "LB>App2", "App1>Redis", "App1>DB", "App2>DB"])
        let none = try DesignParser.parse(Self.shop + "\n%% sim App1 --> DB: timeout=none", file: "shop.mmd")
        #expect(none.edges.compactMap(\.policy).map(\.timeout) == [0])
    }

    @Test("A slow database without a timeout holds every server worker: reads from the cache fail too")
    func slowDatabaseTakesCallersDown() throws {
        let bare = try Self.run("%% sim App1 App2 --> DB: timeout=none")
        #expect(bare.nodes[2].rejected > 0, "App1 turns requests away once its queue is full")
        #expect(bare.errorRate > 0.3)
        #expect(bare.calls.timeouts == 0 && bare.calls.breakerRejected == 0)
    }

    @Test("With a timeout and a breaker on the database edge the same slow database fails calls fast")
    func timeoutAndBreakerFailFast() throws {
        let guarded = try Self.run("%% sim App1 App2 --> DB: timeout=50ms breaker=50% wait=5s")
        #expect(guarded.calls.timeouts > 0 && guarded.calls.breakerRejected > 0)
        #expect(guarded.nodes[2].rejected == 0, "no worker waits longer than 50 ms, so no queue fills")
        let bare = try Self.run("%% sim App1 App2 --> DB: timeout=none")
        #expect(guarded.errorRate < bare.errorRate)
    }

    @Test("Each guarded edge's breaker is on the timeline: closed, then open once the database slows")
    func breakerTimeline() throws {
        let guarded = try Self.run("%% sim App1 App2 --> DB: timeout=50ms breaker=50% wait=5s")
        let bands = try #require(guarded.timeline).breakerStates
        #expect(bands.map(\.edge) == ["App1 --> DB", "App2 --> DB"])
        let states = bands[0].changes.map(\.state)
        #expect(states.first == 0 && states.contains(1) && states.contains(2), "\(states)")
        #expect(bands[0].changes.map(\.time) == bands[0].changes.map(\.time).sorted())
    }

    @Test("A retry on the balancer's edge sends a refused call to the other server")
    func balancerRetry() throws {
        let full = "%% sim App1: workers=1 queue=0 service=4ms\n"
        let plain = try Self.run(full, scenario: nil)
        let retried = try Self.run(
            full + "%% sim LB --> App1 App2: retry=immediate attempts=3 budget=100%", scenario: nil)
        #expect(plain.errorRate > 0.1, "App1 with one worker and no queue refuses most of its half")
        #expect(retried.calls.retries > 0 && retried.errorRate < plain.errorRate / 4)
    }

    @Test("Edge attributes where they make no sense name file:line:col and the fix")
    func misplacedAttributes() throws {
        let replicated = Self.shop + "\n    DB -.-> DB_S[(Replica DB)]\n"
        let dotted = try #require(DesignParserTests().parseError(replicated + "%% sim DB -.-> DB_S: timeout=1s"))
        #expect(dotted.line == 12 && dotted.column == 16)
        #expect(dotted.message.en.contains("asynchronous") && dotted.message.ko.contains("비동기"))
        #expect(dotted.fix?.hasPrefix("%% sim App --> DB_S: timeout=500ms") == true)
        let passing = try #require(DesignParserTests().parseError(Self.shop + "\n%% sim User --> LB: timeout=1s"))
        #expect(passing.column == 17 && passing.message.en.contains("LB is lb"))
    }
}
