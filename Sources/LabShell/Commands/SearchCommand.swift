import ArgumentParser
import Experiments
import LabText
import Lessons
import Terminal

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
            let course = try session.course(in: language)
            for hit in course.search(phrase, language: language.rawValue) {
                hits.append(render(hit, in: course, phrase: phrase, session: session))
            }
        }
        guard !hits.isEmpty else {
            throw LabError(
                session.text(en: "'\(phrase)' is not in the course", ko: "과정에 '\(phrase)'가 없습니다"),
                hint: session.text(en: "try a shorter word", ko: "더 짧은 단어로 찾아보세요"))
        }
        session.showLong(hits.joined(separator: "\n"))
    }

    /// The hit's section and title, then the rendered lines around the match, indented.
    private func render(_ hit: SearchHit, in course: Course, phrase: String, session: Session) -> String {
        let width = session.console.width
        let title = TextLayout.wrap("[\(hit.language)] \(hit.section)  \(hit.title)", to: width)
            .map(session.styler.bold)
        var style = session.renderStyle
        style.width = max(width - 4, 12)
        let excerpt = MarkdownExcerpt(style: style, diagramLabel: session.text(en: "[diagram]", ko: "[다이어그램]"))
        let markdown = course.sections.first { $0.number == hit.section }?.markdown ?? hit.excerpt
        let lines = excerpt.render(markdown, phrase: phrase) ?? TextLayout.wrap(hit.excerpt, to: style.width)
        return (title + lines.map { "    " + $0 }).joined(separator: "\n")
    }
}
