import Foundation
import Testing

@testable import LabShell

@Suite("Quizzes keep every typed answer")
struct QuizDraftTests {
    /// A session whose state folder is a fresh temporary folder, answering from `editor`.
    static func session(state: String, editor: ScriptedLineEditor) -> Session {
        let environment = ShellEnvironment(variables: ["USER": "minji"], lessonsPath: lessonsFolder, statePath: state)
        let session = Session(
            language: .en, console: Console(sink: .capture, width: 80), mode: .interactive, environment: environment)
        session.answerReader = { editor.readLine(prompt: $0) }
        return session
    }

    @Test("Ctrl-C in the middle keeps the answers as a draft, and the next quiz resumes after them")
    func draftAfterInterrupt() throws {
        let state = NSTemporaryDirectory() + "quiz-draft-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let first = ScriptedLineEditor([.line("c"), .line("b"), .interrupted])
        let session = Self.session(state: state, editor: first)
        try Interpreter.execute("quiz 5", in: session)
        #expect(
            session.console.capturedOutput.contains(
                "quiz stopped; your 2 answer(s) are kept as a draft: 'quiz 5' picks up where you\nstopped"))
        let drafts = try FileManager.default.contentsOfDirectory(atPath: state + "/drafts")
        #expect(drafts.count == 1)

        let second = ScriptedLineEditor([.endOfInput])
        let again = Self.session(state: state, editor: second)
        try Interpreter.execute("quiz 5", in: again)
        let output = again.console.capturedOutput
        #expect(output.contains("resuming: 2 answer(s) kept from last time"))
        #expect(output.contains("[3/16]") && !output.contains("[1/16]") && !output.contains("s5-quorum"))
    }

    @Test("--out is checked before the first question: a taken name asks nothing")
    func outCheckedFirst() throws {
        let folder = NSTemporaryDirectory() + "quiz-out-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/taken.json", contents: Data()))
        let editor = ScriptedLineEditor([.line("a")])
        let session = Self.session(state: folder + "/state", editor: editor)
        for out in [folder + "/taken.json", folder + "/missing/sheet.json"] {
            #expect(throws: LabError.self) {
                try Interpreter.execute(words: ["quiz", "5", "--learner", "Kim", "--out", out], in: session)
            }
        }
        #expect(editor.prompts.isEmpty)
    }
}
