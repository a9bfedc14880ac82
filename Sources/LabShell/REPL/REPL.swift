import Experiments
import Terminal

/// The read–eval–print loop: a prompt that shows where the learner is, errors that never end it.
package final class REPL {
    private let session: Session
    private let editor: LineEditor

    package init(session: Session, editor: LineEditor) {
        self.session = session
        self.editor = editor
    }

    /// Runs until `quit` or Ctrl-D; returns the exit status (0).
    package func run() -> Int32 {
        greet()
        while !session.quitRequested {
            editor.completer = Completer(vocabulary: session.vocabulary)
            switch editor.readLine(prompt: session.prompt) {
            case .endOfInput:
                return 0
            case .interrupted:
                InterruptFlag.clear()
            case .line(let line):
                evaluate(line)
            }
        }
        return 0
    }

    /// The welcome, wrapped to the width, and for a learner who comes back where they were.
    private func greet() {
        let welcome = session.text(
            en: "scalelab — a lab for large-scale system design. Type 'help', or 'toc' to start; Ctrl-D leaves.",
            ko: "scalelab — 대규모 시스템 설계 실습실입니다. 'help' 또는 'toc'로 시작하세요. 끝내려면 Ctrl-D.")
        for text in [welcome] + [session.welcomeBack()].compactMap({ $0 }) {
            for line in TextLayout.wrap(text, to: session.console.width) { session.console.print(line) }
        }
    }

    private func evaluate(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        if session.mode == .interactive, !session.console.widthIsFixed {
            session.console.width = TerminalSize.columns()
        }
        editor.remember(line.trimmingCharacters(in: .whitespaces))
        InterruptFlag.clear()
        do {
            try Interpreter.execute(line, in: session)
        } catch {
            session.report(error)
        }
        InterruptFlag.clear()
    }
}

extension Session {
    /// `scalelab> `, or `scalelab 2.2> ` once the learner is in a section.
    package var prompt: String {
        guard let section = currentSection else { return "scalelab> " }
        return "scalelab \(section)> "
    }

    /// The words Tab completes from in this session.
    package var vocabulary: Completer.Vocabulary {
        Completer.Vocabulary(
            sections: sectionNumbers,
            experiments: ExperimentCatalog.all.map { ($0.id, $0.parameters.map(\.name)) },
            metrics: reports.last?.metrics.map(\.name) ?? [],
            diagrams: courses[language]?.diagrams.map(\.name) ?? [],
            values: Self.parameterValues)
    }

    /// What Tab offers after `key=`: the choices of each choice or flag parameter, by `experiment.key`.
    static let parameterValues: [String: [String]] = Dictionary(
        uniqueKeysWithValues: ExperimentCatalog.all.flatMap { experiment in
            experiment.parameters.compactMap { spec -> (String, [String])? in
                switch spec.domain {
                case .choice(let options): return (experiment.id + "." + spec.name, options)
                case .flag: return (experiment.id + "." + spec.name, ["false", "true"])
                default: return nil
                }
            }
        })

    /// Prints an error the way the REPL shows it: the message, then the hint, long lines wrapped at words.
    package func report(_ error: LabError) {
        let label = text(en: "error", ko: "오류")
        console.printError(TextLayout.fitLines("\(label): \(error.message)", to: console.width))
        if let hint = error.hint { console.printError(TextLayout.fitLines("  " + hint, to: console.width)) }
    }
}
