import ArgumentParser
import LabText
import Terminal

/// The process's entry: parses `scalelab`'s own options, answers `--help` and `--version`,
/// reports a usage mistake (exit status 2) in the language asked for, else runs the launch.
package enum ProcessEntry {
    /// Runs `scalelab` with `arguments` (without the program name); returns the exit status.
    package static func run(_ arguments: [String], io: LaunchIO) -> Int32 {
        // NB: the parser's first parse costs 12.3M of the 14.7M instructions `printf '' | scalelab` runs
        // after dynamic linking (callgrind, release; protocol-conformance lookups): no words, nothing to parse.
        guard !arguments.isEmpty else { return Launch().run(io: io) }
        let parsed: RootCommand
        do {
            parsed = try RootCommand.parse(arguments)
        } catch {
            return report(error, arguments: arguments, io: io)
        }
        // NB: the command words take every word the parser does not know, so an unknown option lands there.
        if let first = parsed.command.first, first.hasPrefix("-") {
            let language = requestedLanguage(in: arguments) ?? io.environmentLanguage
            io.console.printError(unknownOption(first, language: language).oneLine)
            return LabError.Status.usage.rawValue
        }
        return parsed.launch.run(io: io)
    }

    /// `scalelab --frobnicate`: an option scalelab does not have, with the closest one it has.
    static func unknownOption(_ word: String, language: Language) -> LabError {
        let arguments = HelpPage.arguments(of: RootCommand.self)
        guard language == .en else {
            let korean = message(ParserFailure.unknownOption(word), arguments: arguments)
            return .usage("scalelab: " + korean.message, hint: korean.hint)
        }
        let spellings = arguments.flatMap { ($0.names ?? []).map(\.spelled) }
        return .usage(
            "scalelab: unknown option '\(word)'",
            hint: Suggestion.hint(for: word, in: spellings) ?? "see 'scalelab --help'")
    }

    /// Help, the version, or a usage error; written through the console, as everything scalelab prints.
    private static func report(_ error: any Error, arguments: [String], io: LaunchIO) -> Int32 {
        let language = requestedLanguage(in: arguments) ?? io.environmentLanguage
        let console = io.console
        console.width = io.person ? TerminalSize.columns() : Launch.scriptWidth(io.environment)
        console.unicodeEnabled = io.unicodeLocale && io.environment.variables["TERM"] != "dumb"
        guard RootCommand.exitCode(for: error) != .success else {
            let isHelp = ParserFailure(error) == .helpRequested
            console.print(
                isHelp && language == .ko ? RootHelp.korean(width: console.width) : RootCommand.fullMessage(for: error))
            return 0
        }
        console.printError(usageText(error, language: language))
        return LabError.Status.usage.rawValue
    }

    /// The usage error in `language`: the parser's own words in English, the same facts in Korean.
    static func usageText(_ error: any Error, language: Language) -> String {
        guard language == .ko else { return RootCommand.fullMessage(for: error) }
        let korean = message(ParserFailure(error), arguments: HelpPage.arguments(of: RootCommand.self))
        return LabError.usage("scalelab: " + korean.message, hint: korean.hint).oneLine
    }

    /// `failure` of scalelab's own options in Korean.
    private static func message(_ failure: ParserFailure, arguments: [HelpArgument]) -> (message: String, hint: String)
    {
        ParserMessage(
            failure: failure, arguments: arguments, catalogName: "scalelab", usageHint: "'scalelab --help'로 옵션을 보세요"
        ).korean
    }

    /// The value of `--lang` among scalelab's own options (before the command), when it names a language.
    static func requestedLanguage(in arguments: [String]) -> Language? {
        var words = arguments[...]
        while let word = words.popFirst(), word.hasPrefix("-"), word != "--" {
            if word.hasPrefix("--lang=") { return Language(argument: String(word.dropFirst("--lang=".count))) }
            if word == "--lang" { return words.first.flatMap(Language.init(argument:)) }
            if ["--color", "-f", "--file", "--seed"].contains(word) { _ = words.popFirst() }
        }
        return nil
    }
}
