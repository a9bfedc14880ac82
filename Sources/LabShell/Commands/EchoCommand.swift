import ArgumentParser
import Experiments
import LabText

/// `echo TEXT [--ko KOREAN]`: prints its words, for narration in scripts; a Korean session prints
/// the `--ko` text where a script gives one.
struct EchoCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "echo", abstract: "Print a line of text.")
    static let summary = Localized(
        en: "Print a line of text (script narration; --ko gives its Korean)",
        ko: "한 줄을 출력합니다 (스크립트 해설용, --ko로 한국어 문장을 함께 씁니다)")

    @Option(name: .customLong("ko"), help: "The same line in Korean, printed when the session is in Korean.")
    var korean: String?
    @Argument(parsing: .allUnrecognized, help: "The words to print.") var words: [String] = []

    mutating func run(in session: Session) throws {
        let english = words.joined(separator: " ")
        session.printWrapped(session.text(en: english, ko: korean ?? english))
    }
}
