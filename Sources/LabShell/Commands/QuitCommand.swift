import ArgumentParser
import Experiments
import LabText

/// `quit`/`exit`: leaves the REPL, or ends a script early with success.
struct QuitCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "quit", abstract: "Leave scalelab.", aliases: ["exit"])
    static let summary = Localized(en: "Leave scalelab", ko: "scalelab을 끝냅니다")

    mutating func run(in session: Session) throws {
        session.quitRequested = true
    }
}
