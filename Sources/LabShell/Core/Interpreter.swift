import ArgumentParser
import LabText

/// Runs one command line in a session: splits words, finds the command, parses, runs.
package enum Interpreter {
    /// The longest command line accepted, in UTF-8 bytes (a lab line is a few dozen).
    package static let maximumLineBytes = 8_192

    /// Runs `line`; blank lines and `#` comments do nothing.
    /// - Throws: `LabError` for anything the learner should read.
    package static func execute(_ line: String, in session: Session) throws(LabError) {
        let bytes = line.utf8.count
        guard bytes <= maximumLineBytes else {
            throw .usage(
                session.text(
                    en: "the line is \(bytes) bytes long, more than \(maximumLineBytes)",
                    ko: "줄이 \(bytes)바이트로 최대 \(maximumLineBytes)바이트를 넘습니다"),
                hint: session.text(en: "split it into several commands", ko: "여러 명령으로 나누세요"))
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return }
        try execute(words: try Words.split(trimmed, language: session.language), in: session)
    }

    /// Runs a command already split into words (the one-shot door).
    package static func execute(words: [String], in session: Session) throws(LabError) {
        guard let name = words.first else { return }
        if let long = words.first(where: { $0.utf8.count > Words.maximumWordBytes }) {
            throw .usage(
                session.text(
                    en: "a word is \(long.utf8.count) bytes long, more than \(Words.maximumWordBytes)",
                    ko: "단어 하나가 \(long.utf8.count)바이트로 최대 \(Words.maximumWordBytes)바이트를 넘습니다"),
                hint: session.text(en: "check for a missing space or quote", ko: "빠진 공백이나 따옴표가 없는지 확인하세요"))
        }
        guard let type = CommandTable.command(named: name) else {
            throw .usage(
                session.text(en: "unknown command '\(name)'", ko: "알 수 없는 명령 '\(name)'"),
                hint: Suggestion.hint(for: name, in: CommandTable.names, language: session.language)
                    ?? session.text(en: "type 'help' for the list", ko: "'help'로 명령 목록을 보세요"))
        }
        try run(type, arguments: Array(words.dropFirst()), in: session)
    }

    private static func run<Command: LabCommand>(
        _ type: Command.Type, arguments: [String],
        in session: Session
    ) throws(LabError) {
        var command: Command
        do {
            command = try Command.parse(arguments)
        } catch {
            if Command.exitCode(for: error) == .success {
                session.console.print(HelpText.detail(of: type, for: session))
                return
            }
            throw usageError(for: error, of: type, language: session.language)
        }
        do {
            try command.run(in: session)
        } catch let error as LabError {
            throw error
        } catch {
            var converted = LabError(converting: error, language: session.language)
            converted.message = "\(Command.name): " + converted.message
            throw converted
        }
        try session.settlePredictions()
    }

    private static func usageError<Command: LabCommand>(
        for error: any Error, of type: Command.Type,
        language: Language
    ) -> LabError {
        let usage = usage(of: type)
        guard language == .ko else {
            return .usage("\(Command.name): \(Command.message(for: error))", hint: "usage: \(usage)")
        }
        let korean = ParserMessage(
            failure: ParserFailure(error), arguments: HelpPage.arguments(of: type), catalogName: Command.name,
            usageHint: "사용법: \(usage), 설명은 'help \(Command.name)'"
        ).korean
        return .usage("\(Command.name): \(korean.message)", hint: korean.hint)
    }

    /// The one-line usage of a command, for example `run <experiment> [<assignments> ...] [--json]`.
    package static func usage(of type: any LabCommand.Type) -> String {
        let text = type.usageString()
        return text.hasPrefix(type.name) ? text : "\(type.name) \(text)"
    }
}
