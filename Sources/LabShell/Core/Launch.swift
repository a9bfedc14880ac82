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
    package func run() -> Int32 {
        let unicode = LocaleSetup.prepare()
        let environment = ShellEnvironment.current()
        let interactive = command.isEmpty && scripts.isEmpty && isatty(0) == 1 && isatty(1) == 1
        let console = Console(
            sink: .standardStreams,
            width: interactive ? TerminalSize.columns() : Self.scriptWidth(environment),
            colorEnabled: color.isEnabled(outputIsTerminal: isatty(1) == 1, variables: environment.variables),
            unicodeEnabled: unicode && environment.variables["TERM"] != "dumb")
        let session = Session(
            language: language ?? Self.defaultLanguage(environment), console: console,
            mode: interactive ? .interactive : .script, environment: environment)
        if let seed { session.seed = seed }
        session.echoesExpectations = echo
        let person = isatty(0) == 1 && isatty(1) == 1
        if person {
            for warning in session.attachProgress(ProgressStore(path: environment.statePath + "/progress.json")) {
                session.console.printError(warning)
            }
        }
        if !command.isEmpty {
            session.answerReader = person ? Self.lazyAnswerReader() : PipedAnswers.reader { session.console.print($0) }
            return runOneShot(in: session)
        }
        if !scripts.isEmpty { return runScripts(in: session) }
        if interactive { return runREPL(in: session) }
        return ScriptRunner.run(.standardInput(), in: session, echo: echo)
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

    private func runScripts(in session: Session) -> Int32 {
        var sources: [ScriptSource] = []
        for path in scripts {
            do { sources.append(try ScriptSource.file(path, language: session.language)) } catch {
                session.console.printError("scalelab: \(error.oneLine)")
                return error.status.rawValue
            }
        }
        return ScriptRunner.run(sources, in: session, echo: echo)
    }

    private func runREPL(in session: Session) -> Int32 {
        guard
            let editor = EditLineEditor(
                completer: Completer(vocabulary: session.vocabulary),
                historyFile: HistoryFile(environment: session.environment))
        else {
            return ScriptRunner.run(.standardInput(), in: session, echo: echo)
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

    /// `LC_ALL`, then `LANG`: Korean when it starts with `ko`.
    static func defaultLanguage(_ environment: ShellEnvironment) -> Language {
        let variables = environment.variables
        let locale = [variables["LC_ALL"], variables["LANG"]].compactMap { $0 }.first { !$0.isEmpty }
        return Language(localeIdentifier: locale)
    }

    /// Scripts lay out at `$COLUMNS` when set, else 80, so transcripts do not depend on a terminal.
    static func scriptWidth(_ environment: ShellEnvironment) -> Int {
        guard let text = environment.variables["COLUMNS"], let columns = Int(text), (40...400).contains(columns) else {
            return 80
        }
        return columns
    }
}

/// The C locale setup libedit needs for wide characters.
enum LocaleSetup {
    /// Applies the user's character type (forcing UTF-8 for `LC_CTYPE` if needed) and returns whether
    /// the user's own locale was UTF-8, which decides Unicode drawing versus the ASCII fallback.
    /// Only `LC_CTYPE` follows the user: numbers stay in the C locale, so `0.5` never prints as `0,5`.
    static func prepare() -> Bool {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        let isUTF8 = normalized(codeset) == "UTF8" || asksForUTF8(ProcessInfo.processInfo.environment)
        if normalized(codeset) != "UTF8" { setlocale(LC_CTYPE, "C.UTF-8") }
        return isUTF8
    }

    /// Whether the locale variables name a UTF-8 locale, even one not installed here (`ko_KR.UTF-8`).
    static func asksForUTF8(_ environment: [String: String]) -> Bool {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return normalized(name).hasSuffix("UTF8")
    }

    private static func normalized(_ text: String) -> String {
        text.uppercased().replacingOccurrences(of: "-", with: "")
    }
}
