import LabText
import Testing

@testable import LabShell

/// `search`: hits rendered from the course's Markdown, matches marked only when colour is on.
@Suite struct SearchCommandTests {
    static func search(_ words: String, language: Language, color: Bool) throws -> String {
        let environment = ShellEnvironment(variables: [:], lessonsPath: lessonsFolder, statePath: "/nonexistent/state")
        let session = Session(
            language: language, console: Console(sink: .capture, width: 60, colorEnabled: color), mode: .script,
            environment: environment)
        try Interpreter.execute("search \(words)", in: session)
        return session.console.capturedOutput
    }

    @Test("With colour the matched word reaches the terminal in reverse video; without, the text is plain")
    func highlightReachesTheTerminal() throws {
        let colored = try Self.search("stampede", language: .en, color: true)
        #expect(colored.contains("\u{1B}[7mStampede\u{1B}[0m"))
        #expect(!colored.contains("\\u{1B}"))
        let plain = try Self.search("stampede", language: .ko, color: false)
        #expect(plain.hasPrefix("[ko] 2.3 "))
        #expect(!plain.contains("\u{1B}") && !plain.contains("**") && !plain.contains("```"))
    }

    @Test("A word only in a diagram shows as one [다이어그램] line in Korean")
    func diagramHitInKorean() throws {
        let output = try Self.search("DB_M", language: .ko, color: false)
        #expect(output.contains("[다이어그램]") || output.contains("[diagram]"), "\(output.prefix(400))")
    }
}
