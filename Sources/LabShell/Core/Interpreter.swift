import ArgumentParser

/// Runs one command line in a session: splits words, finds the command, parses, runs.
package enum Interpreter {
    /// Runs `line`; blank lines and `#` comments do nothing.
    /// - Throws: `LabError` for anything the learner should read.
    package static func execute(_ line: String, in session: Session) throws(LabError) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return }
        try execute(words: try Words.split(trimmed), in: session)
    }

    /// Runs a command already split into words (the one-shot door).
    package static func execute(words: [String], in session: Session) throws(LabError) {
        guard let name = words.first else { return }
        guard let type = CommandTable.command(named: name) else {
            throw .usage("unknown command '\(name)'",
                         hint: Suggestion.hint(for: name, in: CommandTable.names) ?? "type 'help' for the list")
        }
        try run(type, arguments: Array(words.dropFirst()), in: session)
    }

    private static func run<Command: LabCommand>(_ type: Command.Type, arguments: [String],
                                                 in session: Session) throws(LabError) {
        var command: Command
        do {
            command = try Command.parse(arguments)
        } catch {
            if Command.exitCode(for: error) == .success {
                session.console.print(Command.fullMessage(for: error, columns: session.console.width))
                return
            }
            throw usageError(for: error, of: type, width: session.console.width)
        }
        do {
            try command.run(in: session)
        } catch let error as LabError {
            throw error
        } catch {
            throw LabError("\(Command.name): \(error)")
        }
    }

    private static func usageError<Command: LabCommand>(for error: any Error, of type: Command.Type,
                                                        width: Int) -> LabError {
        let message = Command.message(for: error)
        return .usage("\(Command.name): \(message)", hint: "usage: \(usage(of: type))")
    }

    /// The one-line usage of a command, for example `run <experiment> [<assignments> ...] [--json]`.
    package static func usage(of type: any LabCommand.Type) -> String {
        let text = type.usageString()
        return text.hasPrefix(type.name) ? text : "\(type.name) \(text)"
    }
}
