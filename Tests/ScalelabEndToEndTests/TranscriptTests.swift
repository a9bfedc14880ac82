import Foundation
import Testing

@Suite struct TranscriptTests {
    /// Every instructor script's `--echo` transcript, byte for byte, in English at 80 columns.
    static let scripts: [String] = {
        let folder = ScalelabProcess.repository.appendingPathComponent("lessons/scripts").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".lab") }
            .sorted()
    }()

    @Test("Lesson scripts print their golden transcripts and pass", arguments: scripts)
    func transcript(script: String) async throws {
        let result = try await ScalelabProcess.run(["--echo", "-f", "lessons/scripts/" + script])
        #expect(result.status == 0, "\(result.stderr)")
        try Golden.check(result.stdout, named: String(script.dropLast(4)))
    }

    @Test("The same script gives the same bytes on every run")
    func deterministic() async throws {
        let first = try await ScalelabProcess.run(["-f", "lessons/scripts/1-performance-load.lab"])
        let second = try await ScalelabProcess.run(["-f", "lessons/scripts/1-performance-load.lab"])
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.isEmpty)
    }

    @Test("A claim that does not hold fails the run with the file, line, metric and value seen")
    func failedExpectation() async throws {
        let result = try await ScalelabProcess.run(
            ["-f", "-"], input: "run load requests=20000\n# claim\nexpect p99_ms < 0.5\necho unreachable\n")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<stdin>:3: expect p99_ms < 0.5 failed: p99_ms is "))
        #expect(!result.stdout.contains("unreachable"))
    }

    @Test("Unknown parameters and out-of-range values name the parameter, value and range")
    func parameterErrors() async throws {
        let unknown = try await ScalelabProcess.run(["run", "load", "rat=3"])
        #expect(unknown.stderr == "scalelab: unknown parameter 'rat' for load (did you mean 'rate'?)\n")
        let range = try await ScalelabProcess.run(["run", "load", "servers=0"])
        #expect(range.stderr == "scalelab: servers=0 is out of range (servers takes 1..256)\n")
        #expect(range.status == 2)
    }

    @Test("--json prints one object with the documented keys; the same seed gives the same bytes")
    func json() async throws {
        let a = try await ScalelabProcess.run(["--seed", "7", "run", "load", "requests=20000", "--json"])
        let b = try await ScalelabProcess.run(["--seed", "7", "run", "load", "requests=20000", "--json"])
        #expect(a.stdout == b.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any]
        let keys = Set(object.map { Array($0.keys) } ?? [])
        #expect(keys.isSuperset(of: ["experiment", "seed", "parameters", "metrics", "series", "findings"]))
        #expect((object?["seed"] as? Int) == 7)
    }
}

@Suite struct LessonRenderingTests {
    @Test(
        "Sections render as their golden text in both languages, diagrams drawn",
        arguments: [("en", "2.1"), ("ko", "3.2"), ("en", "2.3"), ("ko", "5.1")])
    func section(language: String, number: String) async throws {
        let result = try await ScalelabProcess.run(["--lang", language, "read", number])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("```"), "a fence was left unrendered")
        #expect(!result.stdout.contains("diagram shown as source"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        try Golden.check(result.stdout, named: "read-\(language)-\(number)")
    }

    @Test("next walks every section from the first to the last in both languages")
    func walkToTheEnd() async throws {
        for language in ["en", "ko"] {
            let steps = String(repeating: "next\n", count: 10)  // chapters 0–5, 6 (1b-capacity.md) and 7–9 (2b, 3b, 5b), each with its subsections
            let result = try await ScalelabProcess.run(["--lang", language], input: steps)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stdout.contains(
                    language == "en" ? "5.3 Why do we need circuit breakers?" : "5.3 서킷 브레이커가 필요한 이유는?"))
            let past = try await ScalelabProcess.run(["--lang", language], input: steps + "next\n")
            #expect(past.status == 1)
        }
    }

    @Test("search finds a word in both languages with section references")
    func search() async throws {
        let result = try await ScalelabProcess.run(["search", "stampede"])
        #expect(result.stdout.contains("[en] 2.3"))
        let korean = try await ScalelabProcess.run(["search", "스탬피드"])
        #expect(korean.stdout.contains("[ko] 2.3"))
    }
}
