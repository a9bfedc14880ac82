import ArgumentParser
import Experiments
import LabText
import Lessons

/// `read [N|N.M]` (also `goto`): shows a section and makes it the current one.
struct ReadCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Show a section (default: the current one).",
        aliases: ["goto"])
    static let summary = Localized(
        en: "Show a section, e.g. 'read 2.2' (also 'goto')", ko: "절을 보여 줍니다. 예: 'read 2.2' ('goto'도 같음)")
    static let completion = ArgumentCompletion.sections

    @Argument(help: "A section number such as 2 or 2.2.") var number: String?

    mutating func run(in session: Session) throws {
        let first = try session.course().sections.first?.number ?? "0"
        let wanted = number ?? session.currentSection ?? first
        session.open(try session.section(wanted))
    }
}

/// `next`: the section after the current one.
struct NextCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "next", abstract: "Show the next section.")
    static let summary = Localized(en: "Show the next section", ko: "다음 절로 갑니다")

    mutating func run(in session: Session) throws {
        guard let section = try session.sectionAfterCurrent() else {
            throw LabError(
                session.text(en: "this is the last section", ko: "마지막 절입니다"),
                hint: session.text(en: "try 'quiz 5' or 'toc'", ko: "'quiz 5' 또는 'toc'를 해 보세요"))
        }
        session.open(section)
    }
}

/// `prev`: the section before the current one.
struct PrevCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "prev", abstract: "Show the previous section.")
    static let summary = Localized(en: "Show the previous section", ko: "이전 절로 갑니다")

    mutating func run(in session: Session) throws {
        guard let section = try session.course().section(before: session.currentSection) else {
            throw LabError(session.text(en: "this is the first section", ko: "첫 절입니다"))
        }
        session.open(section)
    }
}
