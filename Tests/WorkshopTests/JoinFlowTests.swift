import Foundation
import Lessons
import Testing

@testable import Workshop

@Suite struct JoinFlowTests {
    @Test("quiz --join sends each answer when it is given; --session resumes after them and --reset clears them")
    func answerStopResume() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let store = harness.workshop.store
        let outputs = try await Self.serve(harness) { base, code in
            let join = ["quiz", "--join", base, "--code", code, "--learner", "Ari"]
            let first = CommandTests.run(join, typing: ["a", "a", "false"])
            let answered = (try? store.answers(quiz: "week1").count) ?? -1
            let key = first.firstMatch(of: /your resume key: ([0-9a-f]{32})/).map { String($0.1) } ?? "none"
            let second = CommandTests.run(join + ["--session", key], typing: ["LRU", "3", "skip", "skip", "save"])
            let third = CommandTests.run(join + ["--session", key, "--reset"], typing: [])
            let stranger = CommandTests.run(["quiz", "--join", base, "--code", code, "--learner", "Ari"], typing: [])
            return [first, "\(answered)", second, third, stranger]
        }
        #expect(outputs[0].contains("your 3 answer(s) are saved on the server, not handed in"))
        #expect(outputs[1] == "3", "the three answers were on the server before the quiz ended")
        #expect(outputs[2].contains("resuming: 3 answer(s) are already on the server"))
        #expect(outputs[2].contains("submitted to the workshop as Ari"))
        let submission = try #require(try store.latestSubmissions(quiz: "week1").first)
        #expect(submission.answers.keys.sorted() == ["many", "number", "pick", "short", "tf"])
        #expect(try store.answers(quiz: "week1").isEmpty, "--reset cleared the answers")
        #expect(try store.submissions(quiz: "week1").count == 1, "and kept the hand-in")
        #expect(outputs[4].contains("someone already joined as 'Ari'"))
    }

    @Test("an [html] question reads as Markdown text in the terminal, without its tags")
    func htmlInTheTerminal() async throws {
        let harness = try WorkshopHarness(
            quiz: "::h:: [html]<p>Pick <b>one</b> &amp; go</p><script>x</script> {=a ~b}\n")
        defer { harness.remove() }
        let outputs = try await Self.serve(harness) { base, code in
            [CommandTests.run(["quiz", "--join", base, "--code", code, "--learner", "Ari"], typing: [])]
        }
        #expect(outputs[0].contains("Pick one & go"))
        #expect(!outputs[0].contains("<p>") && !outputs[0].contains("<b>"))
        #expect(outputs[0].contains("<script>x</script>"), "a tag outside the allow-list shows as written")
    }

    /// Serves `harness` on a free port while `work` runs the commands on a thread of its own; returns its outputs.
    static func serve(
        _ harness: WorkshopHarness, _ work: @escaping @Sendable (String, String) -> [String]
    ) async throws -> [String] {
        let box = OutputBox()
        let code = harness.workshop.code
        try await WorkshopServer.serve(
            harness.workshop, bind: "127.0.0.1", port: 0, ready: { box.base = $0.base },
            stop: {
                await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                    Thread {
                        box.outputs = work(box.base, code)
                        done.resume()
                    }.start()
                }
            })
        return box.outputs
    }
}

private final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private var address = ""
    private var texts: [String] = []
    var base: String {
        get { lock.withLock { address } }
        set { lock.withLock { address = newValue } }
    }
    var outputs: [String] {
        get { lock.withLock { texts } }
        set { lock.withLock { texts = newValue } }
    }
}
