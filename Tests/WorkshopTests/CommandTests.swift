import Foundation
import LabShell
import Lessons
import Testing

@testable import Workshop

@Suite struct CommandTests {
    @Test("quiz --join takes the server's paper in the quiz flow, hands it in, and workshop export grades it")
    func joinAndExport() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let code = harness.workshop.code
        let output = Captured()
        try await WorkshopServer.serve(
            harness.workshop, bind: "127.0.0.1", port: 0, ready: { output.base = $0.base },
            stop: {
                await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                    Thread {
                        output.text = Self.run(
                            ["quiz", "--join", output.base, "--code", code, "--learner", "Ari"],
                            typing: ["a", "a", "false", "LRU", "3", "skip", "skip", "save"])
                        done.resume()
                    }.start()
                }
            })
        #expect(output.text.contains("submitted to the workshop as Ari"))
        #expect(output.text.contains("short: correct 1/1"))
        let submission = try #require(try harness.workshop.store.latestSubmissions(quiz: "week1").first)
        #expect(submission.learner == "Ari")
        #expect(submission.answers["number"] == .number(3))
        let csv = Self.run(
            ["workshop", "export", "--db", harness.folder + "/store.sqlite", "--format", "csv"], typing: [])
        #expect(csv.contains("Ari,"))
    }

    @Test("quiz --join without a code or a learner, and workshop without a verb, are usage errors that show the fix")
    func usageErrors() {
        #expect(Self.run(["quiz", "--join", "127.0.0.1:9"], typing: []).contains("give --code CODE and --learner NAME"))
        #expect(Self.run(["workshop"], typing: []).contains("say start, export or bench"))
        #expect(
            Self.run(["workshop", "export", "--db", "/nonexistent/store.sqlite"], typing: []).contains("no such store"))
    }

    /// Runs one command in a script session fed `typing`; returns what it printed and the error.
    static func run(_ words: [String], typing: [String]) -> String {
        let environment = ShellEnvironment(
            variables: [:], lessonsPath: "/nonexistent/lessons", statePath: "/nonexistent/state")
        let session = Session(
            language: .en, console: Console(sink: .capture, width: 100), mode: .script, environment: environment)
        var lines = typing[...]
        session.answerReader = { _ in lines.popFirst().map(LineEvent.line) ?? .endOfInput }
        var problem = ""
        do { try Interpreter.execute(words: words, in: session) } catch { problem = error.oneLine }
        return session.console.capturedOutput + session.console.capturedErrors + problem
    }
}

private final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var values = ["", ""]
    var base: String {
        get { lock.withLock { values[0] } }
        set { lock.withLock { values[0] = newValue } }
    }
    var text: String {
        get { lock.withLock { values[1] } }
        set { lock.withLock { values[1] = newValue } }
    }
}
