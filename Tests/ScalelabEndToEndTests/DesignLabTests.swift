import Foundation
import Testing

@Suite struct DesignLabTests {
    /// A fresh folder for files a test writes; the caller removes it.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scalelab-design-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func metrics(_ json: String) throws -> [String: Double] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["metrics"] as? [String: Any] ?? [:]).compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }

    @Test("design run 2.1 draws the document's diagram marked by utilisation and prints the report")
    func runLessonDiagram() async throws {
        let result = try await ScalelabProcess.run(["design", "run", "2.1", "load=3000", "requests=20000"])
        #expect(result.status == 0, "\(result.stderr)")
        try Golden.check(result.stdout, named: "design-run-2.1")
    }

    @Test("An unknown design lists each design once, a built-in one not beside the lesson diagram it shadows")
    func unknownDesignListsEachOnce() async throws {
        let result = try await ScalelabProcess.run(["design", "run", "nosuch"])
        #expect(result.status != 0)
        let listed = result.stderr.split(separator: "(designs: ").last?.split(separator: ")").first ?? ""
        let names = listed.split(separator: ", ").map(String.init)
        #expect(names.contains("scale-out"))
        #expect(names.count == Set(names).count, "\(names)")
    }

    @Test("--json carries every metric, per node too, and expect reads them")
    func jsonAndExpect() async throws {
        let json = try await ScalelabProcess.run(["design", "run", "2.1", "requests=5000", "--json"])
        let metrics = try Self.metrics(json.stdout)
        #expect(metrics["DB_M.utilization"] != nil && metrics["read.p99_ms"] != nil && metrics["cost_month"] != nil)
        let script = try await ScalelabProcess.run(
            ["-f", "-"], input: "design run 2.1 requests=5000\nexpect DB_M.utilization > 0.9\n")
        #expect(script.status == 1)
        #expect(script.stderr.hasPrefix("<stdin>:2: expect DB_M.utilization > 0.9 failed: DB_M.utilization is 0.0"))
    }

    @Test("A cache tier in a design has the cache experiment's hit ratio")
    func sameAsCacheExperiment() async throws {
        let experiment = try Self.metrics(try await ScalelabProcess.run(["run", "cache", "--json"]).stdout)
        let design = try Self.metrics(try await ScalelabProcess.run(["design", "run", "scale-out", "--json"]).stdout)
        let expected = try #require(experiment["hit_ratio"])
        let measured = try #require(design["Redis.hit_ratio"])
        #expect(abs(expected - measured) < 0.01, "experiment \(expected), design \(measured)")
    }

    @Test("A mistake in a design file prints file:line:col, the line, a caret and the fix")
    func compilerStyleError() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.mmd").path
        try "graph LR\n    User[사용자] --> App[Server]\n%% sim App: app wrkers=16\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let result = try await ScalelabProcess.run(["design", "run", file])
        #expect(result.status == 2)
        #expect(
            result.stderr == """
                scalelab: \(file):3:17: error: unknown attribute 'wrkers' for app (did you mean 'workers'?)
                %% sim App: app wrkers=16
                                ^
                fix: app takes: workers, service, queue, timeout, mtbf, mttr, cost, region

                """)
        let cycle = folder.appendingPathComponent("cycle.mmd").path
        try "graph LR\n    User[사용자] --> A[서버]\n    A --> B[서버 2] --> A\n".write(
            toFile: cycle, atomically: true, encoding: .utf8)
        let korean = try await ScalelabProcess.run(["--lang", "ko", "design", "run", cycle])
        #expect(korean.stderr.contains("3:19: 오류: 동기 호출 B --> A가 고리를 만듭니다"))
        #expect(korean.stderr.contains("\n    A --> B[서버 2] --> A\n                    ^\n고치려면: B -.-> A"))
    }

    @Test("design new writes a commented design that runs, and never overwrites a file")
    func designNew() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mine.mmd").path
        let created = try await ScalelabProcess.run(["design", "new", file])
        #expect(created.status == 0 && created.stdout.hasPrefix("wrote \(file)"))
        let run = try await ScalelabProcess.run(["design", "run", file, "requests=5000", "--json"])
        #expect(try Self.metrics(run.stdout)["Redis.hit_ratio"] != nil, "\(run.stderr)")
        try "keep me".write(toFile: file, atomically: true, encoding: .utf8)
        let again = try await ScalelabProcess.run(["design", "new", file])
        #expect(again.status == 2 && again.stderr.contains("never overwrites"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")
    }

    @Test("Bad design input is refused with a clear error: not a flowchart, invalid UTF-8, unknown scenario node")
    func badInput() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sequence = folder.appendingPathComponent("seq.mmd").path
        try "sequenceDiagram\n  A->>B: hi\n".write(toFile: sequence, atomically: true, encoding: .utf8)
        #expect(
            try await ScalelabProcess.run(["design", "run", sequence]).stderr.contains(
                ":1:1: error: a design is a Mermaid flowchart"))
        let binary = folder.appendingPathComponent("bin.mmd").path
        _ = FileManager.default.createFile(atPath: binary, contents: Data([0x67, 0x72, 0xFF, 0x0A]))
        #expect(
            try await ScalelabProcess.run(["design", "run", binary]).stderr.contains(
                ":1:3: error: the file is not valid UTF-8"))
        let scenario = try await ScalelabProcess.run(["design", "run", "2.1", "scenario=kill DB_X at 1s"])
        #expect(
            scenario.status == 2 && scenario.stderr.contains("'DB_X', which is not a node")
                && scenario.stderr.contains("did you mean 'DB_M'?"))
    }
}

@Suite struct DesignLimitTests {
    @Test("A design of 10,000 nodes runs and reports without a drawing; one more node is refused")
    func tenThousandNodes() async throws {
        let folder = try DesignLabTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wide = folder.appendingPathComponent("wide.mmd").path
        let lines = ["graph LR", "U[Users] --> LB[Load Balancer]"] + (1...9_998).map { "LB --> N\($0)[Server]" }
        try lines.joined(separator: "\n").write(toFile: wide, atomically: true, encoding: .utf8)
        let result = try await ScalelabProcess.run(["design", "run", wide, "requests=1000"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("(10000 nodes do not fit in 80 columns"))
        try (lines + ["LB --> N9999[Server]"]).joined(separator: "\n").write(
            toFile: wide, atomically: true, encoding: .utf8)
        let refused = try await ScalelabProcess.run(["design", "run", wide])
        #expect(refused.status == 2 && refused.stderr.contains(":10001:1: error: the design has more than 10000 nodes"))
    }
}
