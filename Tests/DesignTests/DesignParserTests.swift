import Design
import Testing

@Suite struct DesignParserTests {
    static let scaleOut = """
        graph LR
            User[👥 Users] --> DNS[DNS]
            DNS --> LB[Load Balancer]

            LB --> App1[Server 1]
            LB --> App2[Server 2]
            LB --> App3[Server 3]

            App1 --> DB_M[(Master DB)]
            App2 --> DB_M
            App3 --> DB_M

            DB_M -.-> DB_S[(Slave DB)]

            style LB fill:#e3f2fd,stroke:#1565c0
            style DB_M fill:#fff9c4,stroke:#fbc02d
        """

    func parseError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> DesignError? {
        do {
            _ = try DesignParser.parse(text, file: "d.mmd")
            Issue.record("expected an error", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test("The document's 2.1 diagram parses unchanged, each kind inferred from its label and shape")
    func documentDiagram() throws {
        let design = try DesignParser.parse(Self.scaleOut, file: "2.1")
        #expect(design.nodes.map(\.kind) == [.users, .dns, .lb, .app, .app, .app, .primary, .replica])
        #expect(design.edges.count == 9)
        #expect(design.edges.filter(\.async).map { design.nodes[$0.to].id } == ["DB_S"])
    }

    @Test("Labels name kinds: cache, CDN, queue, worker, external API, and Korean labels")
    func inferredKinds() {
        #expect(NodeKind.infer(label: "Global Cache (Redis)", database: false) == .cache)
        #expect(NodeKind.infer(label: "CDN (Edge)", database: false) == .cdn)
        #expect(NodeKind.infer(label: "Kafka", database: false) == .queue)
        #expect(NodeKind.infer(label: "Email worker", database: false) == .worker)
        #expect(NodeKind.infer(label: "Payment API", database: false) == .external)
        #expect(NodeKind.infer(label: "API server", database: false) == .app)
        #expect(NodeKind.infer(label: "사용자", database: false) == .users)
        #expect(NodeKind.infer(label: "Orders", database: true) == .primary)
        #expect(NodeKind.infer(label: "Orders", database: false) == nil)
    }

    @Test("A sim line sets kinds and attributes with units")
    func simLine() throws {
        let design = try DesignParser.parse(
            """
            graph TD
                U[Users] --> W[Web]
                W --> S[(Store)]
            %% sim W: app workers=32 service=12ms timeout=1s
            %% sim S: replica apply=800/s mtbf=720h
            """, file: "d.mmd")
        let web = design.nodes[design.index(of: "W")!]
        let store = design.nodes[design.index(of: "S")!]
        #expect(
            web.kind == .app && web.settings.workers == 32 && web.settings.service == 0.012 && web.settings.timeout == 1
        )
        #expect(store.kind == .replica && store.settings.apply == 800 && store.settings.mtbf == 720)
    }

    @Test("An unknown attribute names its line and column, the attributes the kind takes and the closest one")
    func unknownAttribute() throws {
        let error = try #require(parseError("graph LR\n  U[Users] --> A[Server]\n%% sim A: app wrkers=16\n"))
        #expect((error.line, error.column) == (3, 15))
        #expect(error.message.en == "unknown attribute 'wrkers' for app")
        #expect(error.word == "wrkers" && error.candidates.contains("workers"))
        #expect(error.fix == nil && error.note?.en.hasPrefix("app takes: workers, service, queue, timeout") == true)
        #expect(error.note?.ko.hasPrefix("app에 쓸 수 있는 속성: workers") == true)
    }

    @Test("A value out of range points at the value and gives a line that fixes it")
    func outOfRange() throws {
        let error = try #require(parseError("graph LR\nU[Users] --> A[Server]\n%% sim A: app workers=0\n"))
        #expect((error.line, error.column) == (3, 23))
        #expect(error.message.en == "workers=0: out of range (takes 1…100000)")
        #expect(error.fix == "%% sim A: app workers=16")
    }

    @Test("An unknown kind and an unknown node are errors with suggestions")
    func unknownKindAndNode() throws {
        let kind = try #require(parseError("graph LR\nU[Users] --> A[Server]\n%% sim A: aap\n"))
        #expect(kind.message.en == "unknown kind 'aap'" && kind.column == 11)
        let node = try #require(parseError("graph LR\nU[Users] --> A1[Server]\n%% sim A2: app\n"))
        #expect(node.message.en == "no node 'A2' in the flowchart" && node.candidates == ["A1", "U"])
    }

    @Test("A node whose kind cannot be told asks for a sim line")
    func unknownNodeKind() throws {
        let error = try #require(parseError("graph LR\nU[Users] --> X[Thing]\n"))
        #expect((error.line, error.column) == (2, 14))
        #expect(error.fix?.hasPrefix("%% sim X: app") == true)
    }

    @Test("A loop of synchronous calls is an error at the edge that closes it; a dotted edge fixes it")
    func synchronousCycle() throws {
        let error = try #require(parseError("graph LR\nU[Users] --> A[Server]\nA --> B[Server 2]\nB --> A\n"))
        #expect((error.line, error.column) == (4, 3))
        #expect(error.fix == "B -.-> A" && error.note?.en == "a dotted edge is asynchronous")
        #expect(throws: Never.self) {
            try DesignParser.parse("graph LR\nU[Users] --> A[Server]\nA --> B[Server 2]\nB -.-> A\n", file: "d")
        }
    }

    @Test("A server reading through a cache with no database behind it is an error")
    func cacheWithoutStore() throws {
        let error = try #require(parseError("graph LR\nU[Users] --> A[Server]\nA --> R[(Redis)]\n"))
        #expect(error.line == 3 && error.message.en.contains("no database behind it"))
        #expect(error.fix == "A --> DB[(Database)]")
    }

    @Test("A file that is not a flowchart, or has no users, says so")
    func notAFlowchart() throws {
        let sequence = try #require(parseError("sequenceDiagram\nA->>B: hi\n"))
        #expect(sequence.line == 1 && sequence.fix == "graph LR")
        let noUsers = try #require(parseError("graph LR\nA[Server] --> D[(DB)]\n"))
        #expect(noUsers.message.en.contains("no users node"))
    }

    @Test("Invalid UTF-8 names the line and byte")
    func invalidUTF8() throws {
        var bytes = Array("graph LR\nU[Users] --> A[Ser".utf8)
        bytes += [0xC3, 0x28] + Array("ver]\n".utf8)
        #expect(throws: DesignError.self) { try DesignParser.parse(bytes: bytes, file: "d") }
        do { _ = try DesignParser.parse(bytes: bytes, file: "d") } catch {
            #expect((error.line, error.column) == (2, 19))
        }
    }

    @Test("A file over 10 MB and a design over 10,000 nodes are refused without hanging")
    func limits() throws {
        let big = [UInt8](repeating: 0x20, count: DesignParser.maxBytes + 1)
        #expect(throws: DesignError.self) { try DesignParser.parse(bytes: big, file: "d") }
        let many =
            "graph LR\nU[Users] --> N0[Server]\n"
            + (1...DesignParser.maxNodes).map { "N\($0 - 1) --> N\($0)[Server]" }.joined(separator: "\n")
        let error = try #require(parseError(many))
        #expect(error.message.en == "the design has more than 10000 nodes")
        let long = "graph LR\nU[Users] --> A[" + String(repeating: "x", count: 20_000) + "]\n"
        #expect(parseError(long)?.message.en.hasPrefix("the line is longer") == true)
    }
}
