import Foundation
import Testing

@testable import LabShell

@Suite struct QuizCommandAtPromptTests {
    @Test("At the answer prompt a run command runs the experiment, and the question is still asked")
    func runAtPrompt() throws {
        let folder = NSTemporaryDirectory() + "quiz-run-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let gift = "::q1:: Type `run load requests=20000`. Does a request wait longer at higher load? {T}\n"
        try gift.write(toFile: folder + "/run.gift", atomically: true, encoding: .utf8)
        let editor = ScriptedLineEditor([.line("run load requests=20000"), .line("run nope"), .line("true")])
        let session = QuizDraftTests.session(state: folder + "/state", editor: editor)
        try Interpreter.execute(words: ["quiz", folder + "/run.gift"], in: session)
        let output = session.console.capturedOutput
        #expect(output.contains("You can type the run or design command here"))
        #expect(output.contains("load — section 1.1"))
        #expect(session.console.capturedErrors.contains("unknown experiment"))
        #expect(output.contains("correct"))
        #expect(editor.prompts.filter { $0 == "answer> " }.count == 3)
        #expect(!output.contains("[1/1] q1"))
    }
}
