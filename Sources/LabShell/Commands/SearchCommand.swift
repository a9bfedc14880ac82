import ArgumentParser
import Experiments
import LabText

/// `search WORD`: finds a word in both languages of the course.
struct SearchCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Find a word in the course (Korean and English).")
    static let summary = Localized(en: "Find a word in the course, in both languages", ko: "과정에서 단어를 찾습니다 (한국어·영어 모두)")

    @Argument(help: "The word or phrase to find.") var words: [String]

    mutating func run(in session: Session) throws {
        let phrase = words.joined(separator: " ")
        var hits: [String] = []
        for language in [session.language] + Language.allCases.filter({ $0 != session.language }) {
            for hit in try session.course(in: language).search(phrase, language: language.rawValue) {
                hits.append("[\(hit.language)] \(hit.section)  \(hit.title)\n      \(hit.excerpt)")
            }
        }
        guard !hits.isEmpty else {
            throw LabError(
                session.text(en: "'\(phrase)' is not in the course", ko: "과정에 '\(phrase)'가 없습니다"),
                hint: session.text(en: "try a shorter word", ko: "더 짧은 단어로 찾아보세요"))
        }
        hits.forEach { session.console.print($0) }
    }
}
