import Foundation
import Testing

/// An escape pushed through every door scalelab reads from never reaches a terminal or a file raw.
@Suite struct HostileInputTests {
    /// A clipboard write (OSC 52), a screen clear (CSI 2J) and an 8-bit CSI (C1).
    static let evil = "\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}[2J\u{9B}31m"

    /// Whether `bytes` hold ESC or a C1 control (U+0080...U+009F is C2 80...C2 9F in UTF-8).
    static func isDangerous(_ bytes: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x1B || (previous == 0xC2 && (0x80...0x9F).contains(byte)) { return true }
            previous = byte
        }
        return false
    }

    static func expectSafe(
        _ result: ScalelabProcess.Result, _ door: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            !isDangerous(result.stdout.utf8), "stdout of \(door): \(result.stdout.debugDescription)",
            sourceLocation: sourceLocation)
        #expect(
            !isDangerous(result.stderr.utf8), "stderr of \(door): \(result.stderr.debugDescription)",
            sourceLocation: sourceLocation)
    }

    @Test("Script, stdin, argument and environment doors print escapes as visible text")
    func commandDoors() async throws {
        let folder = ScalelabProcess.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = folder + "/evil.lab"
        try "echo \(Self.evil)\n\(Self.evil)nope\n".write(toFile: script, atomically: true, encoding: .utf8)
        let state = ["XDG_STATE_HOME": folder]
        let fromFile = try await ScalelabProcess.run(["-f", script], environment: state)
        Self.expectSafe(fromFile, "a script")
        #expect(fromFile.stdout.contains(#"\u{1B}]52;c;cHduZWQ=\u{07}"#))
        #expect(fromFile.stderr.contains("evil.lab:2: unknown command '\\u{1B}]52"))
        Self.expectSafe(
            try await ScalelabProcess.run([], input: "echo \(Self.evil)\n\(Self.evil)\n", environment: state), "stdin")
        Self.expectSafe(try await ScalelabProcess.run([Self.evil], environment: state), "an argument")
        Self.expectSafe(
            try await ScalelabProcess.run(["--lang", Self.evil, "toc"], environment: state), "a global option")
        Self.expectSafe(
            try await ScalelabProcess.run(["-f", folder + "/" + Self.evil], environment: state), "a script path")
        let environment = try await ScalelabProcess.run(
            ["toc"], environment: state.merging(["SCALELAB_LESSONS": "/nonexistent/" + Self.evil]) { $1 })
        Self.expectSafe(environment, "the environment")
        #expect(environment.status != 0)
    }

    @Test("GIFT keys, papers, answer sheets and answers files never carry escapes to the screen or a file")
    func quizDoors() async throws {
        let folder = ScalelabProcess.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let state = ["XDG_STATE_HOME": folder]
        let key = folder + "/evil.gift"
        try "::q1:: Pick \(Self.evil) {=right \(Self.evil) ~wrong}\n\n::q2:: Broken \(Self.evil) {=a ~b\n".write(
            toFile: key, atomically: true, encoding: .utf8)
        Self.expectSafe(
            try await ScalelabProcess.run(["grade", "--key", key, folder], environment: state), "a broken GIFT key")
        try "::q1:: Pick \(Self.evil) {=right \(Self.evil) ~wrong}\n".write(
            toFile: key, atomically: true, encoding: .utf8)
        let paper = folder + "/paper.json"
        Self.expectSafe(
            try await ScalelabProcess.run(["quiz", "paper", key, "--out", paper], environment: state), "a paper")
        let answers = folder + "/answers.txt"
        try "q1: \(Self.evil)\n\(Self.evil): x\n".write(toFile: answers, atomically: true, encoding: .utf8)
        for quiz in [key, paper] {
            let sheet = folder + "/sheet-\(UUID().uuidString).json"
            let answered = try await ScalelabProcess.run(
                ["quiz", quiz, "--answers", answers, "--learner", Self.evil, "--out", sheet], environment: state)
            Self.expectSafe(answered, "an answers file for \(quiz)")
        }
        let sheets = folder + "/sheets"
        try FileManager.default.createDirectory(atPath: sheets, withIntermediateDirectories: true)
        let digest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: paper))) as? [String: Any])[
                "quiz_sha256"]
        let hostileSheet: [String: Any] = [
            "format": "scalelab-answers/1", "quiz": "evil", "quiz_sha256": digest as Any, "learner": Self.evil,
            "submitted_at": "2025-01-01T00:00:00Z", "answers": ["q1": Self.evil, Self.evil: "x"]
        ]
        try JSONSerialization.data(withJSONObject: hostileSheet).write(to: URL(fileURLWithPath: sheets + "/a.json"))
        let report = folder + "/report.md"
        let feedback = folder + "/feedback"
        let graded = try await ScalelabProcess.run(
            ["grade", "--key", key, "--format", "markdown", "--out", report, "--feedback", feedback, sheets],
            environment: state)
        Self.expectSafe(graded, "a hostile sheet")
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder).filter {
            !$0.hasSuffix(".txt") && !$0.hasSuffix(".gift") && !$0.hasPrefix("sheets")
        }
        #expect(!written.isEmpty)
        for file in written {
            guard let data = FileManager.default.contents(atPath: folder + "/" + file) else { continue }
            #expect(!Self.isDangerous(data), "output file \(file)")
        }
    }
}
