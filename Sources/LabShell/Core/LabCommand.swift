import ArgumentParser
import Experiments
import LabText

/// A command of the lab: one type serves the REPL, the one-shot door and scripts.
///
/// Its words are parsed by swift-argument-parser; `help`, completion and dispatch all read
/// `CommandTable.all`, so they cannot disagree.
package protocol LabCommand: ParsableCommand {
    /// Korean and English one-line summary (the English one is also the parser's abstract).
    static var summary: Localized { get }
    /// What Tab completes after the command name.
    static var completion: ArgumentCompletion { get }
    /// Runs the parsed command in the session.
    mutating func run(in session: Session) throws
}

extension LabCommand {
    package static var completion: ArgumentCompletion { .none }
    package static var name: String { configuration.commandName ?? "\(Self.self)".lowercased() }
    package static var aliases: [String] { configuration.aliases }

    /// The parser's `run()` is never used: the shell calls `run(in:)`.
    package mutating func run() throws {
        throw CleanExit.message("use scalelab's shell to run \(Self.name)")
    }
}

/// What the line editor offers after a command's name.
package enum ArgumentCompletion: Sendable, Equatable {
    case none
    case commands
    case sections
    case experiments
    /// An experiment id, then its `key=` parameters.
    case experimentParameters
    case files
    case choices([String])
    /// Metric names of the last report (for `expect`).
    case metrics
    case diagrams
}
