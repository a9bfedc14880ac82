import ArgumentParser
import Experiments

/// `echo TEXT`: prints its words, for narration in scripts.
struct EchoCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "echo", abstract: "Print a line of text.")
    static let summary = Localized(en: "Print a line of text (script narration)", ko: "한 줄을 출력합니다 (스크립트 해설용)")

    @Argument(parsing: .allUnrecognized, help: "The words to print.") var words: [String] = []

    mutating func run(in session: Session) throws {
        session.console.print(words.joined(separator: " "))
    }
}
