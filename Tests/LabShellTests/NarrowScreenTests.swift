import Experiments
import Foundation
import LabText
import Terminal
import Testing

@testable import LabShell

/// What a learner reads at 40 and 60 columns, in both languages: no line is wider than the screen,
/// so the terminal never cuts a word (a Hangul syllable takes two columns).
@Suite struct NarrowScreenTests {
    static let commands = [
        "help", "help run", "help quiz", "toc", "experiments", "params load", "params breaker", "read 3.2",
        "run load", "run load rate=3600", "compare", "run breaker", "review", "progress", "search cache",
        "search 캐시", "design run 2.1", "quiz 1"
    ]

    /// Every experiment run, then swept over its first numeric parameter.
    static let experiments: [String] = ExperimentCatalog.all.flatMap { experiment -> [String] in
        let numeric = experiment.parameters.first {
            if case .integer = $0.domain { return true }
            if case .real = $0.domain { return true }
            return false
        }
        return ["run \(experiment.id)"] + (numeric.map { ["run \(experiment.id) sweep=\($0.name)"] } ?? [])
    }

    @Test("Every experiment and a sweep of each fit the screen", arguments: [40, 60], Language.allCases)
    func experimentsFit(width: Int, language: Language) throws {
        let session = makeSession(language: language)
        session.console.width = width
        for command in Self.experiments { try Interpreter.execute(command, in: session) }
        let wide = session.console.capturedOutput.split(separator: "\n").filter { DisplayWidth.of(String($0)) > width }
        #expect(wide.isEmpty, "wider than \(width):\n\(wide.joined(separator: "\n"))")
    }

    @Test("Every line fits the screen", arguments: [40, 60], Language.allCases)
    func linesFit(width: Int, language: Language) throws {
        let state = NSTemporaryDirectory() + "scalelab-narrow-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: state) }
        let environment = ShellEnvironment(
            variables: ["USER": "minji", "TERM": "dumb"], lessonsPath: lessonsFolder, statePath: state)
        let session = Session(
            language: language, console: Console(sink: .capture, width: width), mode: .interactive,
            environment: environment)
        let editor = ScriptedLineEditor([.line("zz"), .line("b"), .line("a,c"), .interrupted])
        session.answerReader = { editor.readLine(prompt: $0) }
        for command in Self.commands { try Interpreter.execute(command, in: session) }
        let output = session.console.capturedOutput
        let wide = output.split(separator: "\n").filter { DisplayWidth.of(String($0)) > width }
        let flat = output.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains(language == .ko ? "임시 저장했습니다" : "kept as a draft"))
        #expect(wide.isEmpty, "wider than \(width):\n\(wide.joined(separator: "\n"))")
    }
}
