import ArgumentParser
import Experiments

/// `try`: runs the lab blocks of the current section, each command shown before its output.
struct TryCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "try", abstract: "Run the current section's lab commands.")
    static let summary = Localized(en: "Run the lab commands of the current section", ko: "현재 절의 실습 명령을 실행합니다")

    @Argument(help: "A section number (default: the current section).") var number: String?

    mutating func run(in session: Session) throws {
        guard let wanted = number ?? session.currentSection else {
            throw LabError.usage(session.text(en: "no section is open", ko: "열린 절이 없습니다"),
                                 hint: session.text(en: "open one with 'read 2.1' first", ko: "먼저 'read 2.1'로 절을 여세요"))
        }
        let section = try session.section(wanted)
        guard !section.labBlocks.isEmpty else {
            throw LabError(session.text(en: "section \(section.number) has no lab commands", ko: "\(section.number)절에는 실습 명령이 없습니다"),
                           hint: session.text(en: "'toc' shows the sections", ko: "'toc'로 절 목록을 보세요"))
        }
        for block in section.labBlocks {
            for command in block.commands {
                session.console.print("> " + command.text)
                try Interpreter.execute(command.text, in: session)
            }
            session.markLabRun(file: block.file, line: block.line)
        }
    }
}
