import Foundation
import LabText
import Terminal

/// What a launch reads and writes: the environment, the terminal, the console and standard input.
///
/// `process()` is the real process; tests build one with a capturing console and scripted input.
package struct LaunchIO {
    package var environment: ShellEnvironment
    package var inputIsTerminal: Bool
    package var outputIsTerminal: Bool
    /// Whether the user's locale is UTF-8 (else every byte written is ASCII).
    package var unicodeLocale: Bool
    /// Where everything is written; `Launch` sets its width, colour and Unicode.
    package var console: Console
    /// Standard input as a script (`-f -`, or a pipe with no options).
    package var standardInput: () -> ScriptSource

    package init(
        environment: ShellEnvironment, console: Console, input: [String] = [], inputIsTerminal: Bool = false,
        outputIsTerminal: Bool = false, unicodeLocale: Bool = true
    ) {
        self.environment = environment
        self.console = console
        self.inputIsTerminal = inputIsTerminal
        self.outputIsTerminal = outputIsTerminal
        self.unicodeLocale = unicodeLocale
        self.standardInput = { ScriptSource(name: "<stdin>", lines: input) }
    }

    /// This process: its environment, standard streams and terminal (after the C locale setup).
    package static func process() -> LaunchIO {
        let unicode = LocaleSetup.prepare()
        var io = LaunchIO(
            environment: .current(), console: Console(sink: .standardStreams), inputIsTerminal: isatty(0) == 1,
            outputIsTerminal: isatty(1) == 1, unicodeLocale: unicode)
        io.standardInput = { .standardInput() }
        return io
    }

    /// A person at a terminal: both standard input and output are one.
    var person: Bool { inputIsTerminal && outputIsTerminal }

    /// The language the environment asks for: `LC_ALL`, then `LANG`; Korean when it starts with `ko`.
    var environmentLanguage: Language {
        let variables = environment.variables
        let locale = [variables["LC_ALL"], variables["LANG"]].compactMap { $0 }.first { !$0.isEmpty }
        return Language(localeIdentifier: locale)
    }
}
