import Foundation
import LabText
import Testing

@testable import LabShell

/// What a learner reads after an answer: code spans rendered, true/false in the session's language.
@Suite struct QuizFeedbackTests {
    static func take(_ gift: String, answers: [String], language: Language, color: Bool) throws -> String {
        let folder = NSTemporaryDirectory() + "quiz-feedback-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try gift.write(toFile: folder + "/q.gift", atomically: true, encoding: .utf8)
        let environment = ShellEnvironment(variables: [:], lessonsPath: lessonsFolder, statePath: folder + "/state")
        let session = Session(
            language: language, console: Console(sink: .capture, width: 80, colorEnabled: color), mode: .interactive,
            environment: environment)
        let editor = ScriptedLineEditor(answers.map { .line($0) })
        session.answerReader = { editor.readLine(prompt: $0) }
        try Interpreter.execute(words: ["quiz", folder + "/q.gift"], in: session)
        return session.console.capturedOutput
    }

    @Test("Feedback shows `code` as a rendered code span, never with its backquotes, when colour is on")
    func codeSpansInFeedback() throws {
        let gift = "::q1:: Does a breaker fail fast? {T####See `params breaker`, then `run breaker`.}\n"
        let output = try Self.take(gift, answers: ["true"], language: .en, color: true)
        #expect(output.contains("\u{1B}[36mrun breaker\u{1B}[0m"))
        #expect(output.contains("\u{1B}[36mparams breaker\u{1B}[0m"))
        #expect(!output.contains("`"))
    }

    @Test("The right answer of a true/false question reads 참 or 거짓 in Korean")
    func trueFalseInKorean() throws {
        let output = try Self.take("::q1:: 맞을까요? {T}\n", answers: ["false"], language: .ko, color: false)
        #expect(output.contains("정답: 참"))
        #expect(!output.contains("정답: true"))
        let english = try Self.take("::q1:: Right? {F}\n", answers: ["true"], language: .en, color: false)
        #expect(english.contains("answer: false"))
    }
}
