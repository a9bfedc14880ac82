import ArgumentParser
import Experiments
import LabText
import Terminal

/// `toc`: the sections of the course, with what the learner has read.
struct TocCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "toc", abstract: "List the sections of the course.")
    static let summary = Localized(en: "List the sections of the course and your progress", ko: "과정의 절 목록과 진도")

    mutating func run(in session: Session) throws {
        let course = try session.course()
        let read = session.progress.sectionsRead
        for section in course.sections {
            let depth = section.number.split(separator: ".").count - 1
            let mark = section.number == session.currentSection ? "▸" : (read.contains(section.number) ? "✓" : " ")
            let lead = "\(mark) " + String(repeating: "  ", count: depth) + "\(section.number)  "
            // NB: a long title wraps at words, its later lines under the title's first letter.
            let lines = TextLayout.wrap(section.title, to: session.console.width - DisplayWidth.of(lead))
            for (index, line) in lines.enumerated() {
                session.console.print((index == 0 ? lead : String(repeating: " ", count: DisplayWidth.of(lead))) + line)
            }
        }
        session.console.print("")
        let hint = session.text(
            en: "Read one with 'read 2.2'; walk with 'next' and 'prev'. ✓ read, ▸ you are here.",
            ko: "'read 2.2'로 읽고 'next', 'prev'로 이동합니다. ✓ 읽음, ▸ 현재 위치.")
        for line in TextLayout.wrap(hint, to: session.console.width) { session.console.print(line) }
    }
}
