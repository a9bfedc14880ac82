import CEditLine
import Experiments
import Foundation
import LabText
import Lessons
import Terminal

/// How the process was started: options from the command line, resolved into a session and a door.
package struct Launch {
    package var language: Language?
    package var color: ColorChoice = .auto
    package var scripts: [String] = []
    package var echo = false
    package var seed: UInt64?
    /// Words of a one-shot command (`scalelab run load`), empty for the REPL or a script.
    package var command: [String] = []

    package init() {}

    /// Runs the door the options and the terminal ask for; returns the exit status.
    package func run(io: LaunchIO) -> Int32 {
        let environment = io.environment
        let interactive = command.isEmpty && scripts.isEmpty && io.person
        let console = io.console
        console.width = interactive ? TerminalSize.columns() : Self.scriptWidth(environment)
        console.colorEnabled = color.isEnabled(outputIsTerminal: io.outputIsTerminal, variables: environment.variables)
        console.unicodeEnabled = io.unicodeLocale && environment.variables["TERM"] != "dumb"
        let session = Session(
            language: language ?? io.environmentLanguage, console: console,
            mode: interactive ? .interactive : .script, environment: environment)
        if let seed { session.seed = seed }
        session.echoesExpectations = echo
        if io.person {
            for warning in session.attachProgress(ProgressStore(path: environment.statePath + "/progress.json")) {
                session.console.printError(warning)
            }
        }
        if !command.isEmpty {
            session.answerReader =
                io.person ? Self.lazyAnswerReader() : PipedAnswers.reader { session.console.print($0) }
            return runOneShot(in: session)
        }
        if !scripts.isEmpty { return runScripts(in: session, io: io) }
        if interactive { return runREPL(in: session, io: io) }
        return ScriptRunner.run(io.standardInput(), in: session, echo: echo)
    }

    private func runOneShot(in session: Session) -> Int32 {
        do {
            try Interpreter.execute(words: command, in: session)
            return 0
        } catch {
            session.console.printError("scalelab: \(error.oneLine)")
            return error.status.rawValue
        }
    }

    private func runScripts(in session: Session, io: LaunchIO) -> Int32 {
        var sources: [ScriptSource] = []
        for path in scripts {
            do {
                sources.append(
                    path == "-" ? io.standardInput() : try ScriptSource.file(path, language: session.language))
            } catch {
                session.console.printError("scalelab: \(error.oneLine)")
                return error.status.rawValue
            }
        }
        return ScriptRunner.run(sources, in: session, echo: echo)
    }

    private func runREPL(in session: Session, io: LaunchIO) -> Int32 {
        guard
            let editor = EditLineEditor(
                completer: Completer(vocabulary: session.vocabulary),
                historyFile: HistoryFile(environment: session.environment))
        else {
            return ScriptRunner.run(io.standardInput(), in: session, echo: echo)
        }
        if let warning = editor.historyWarning { session.console.printError(session.text(warning)) }
        editor.warn = { [session] in session.console.printError(session.text($0)) }
        InterruptFlag.installHandler()
        session.answerReader = { editor.readLine(prompt: $0) }
        return REPL(session: session, editor: editor).run()
    }

    /// Reads quiz answers through libedit, set up only when the first answer is asked for.
    static func lazyAnswerReader() -> (String) -> LineEvent {
        var editor: EditLineEditor?
        return { prompt in
            if editor == nil {
                editor = EditLineEditor(completer: Completer(vocabulary: .init()), historyFile: HistoryFile(path: nil))
            }
            return editor?.readLine(prompt: prompt) ?? .endOfInput
        }
    }

    /// Scripts lay out at `$COLUMNS` when set, else 80, so transcripts do not depend on a terminal.
    static func scriptWidth(_ environment: ShellEnvironment) -> Int {
        guard let text = environment.variables["COLUMNS"], let columns = Int(text), (40...400).contains(columns) else {
            return 80
        }
        return columns
    }
}
