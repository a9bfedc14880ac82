import ArgumentParser
import Experiments
import LabText

/// `lessons check [DIR]`: runs every lab block and script of the course in both languages.
struct LessonsCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons", abstract: "Check the course: lessons check [DIR] runs every lab block and script.")
    static let summary = Localized(
        en: "Check the course: 'lessons check' runs every lab block and script in both languages",
        ko: "과정 점검: 'lessons check'는 모든 실습 블록과 스크립트를 두 언어로 실행합니다")
    static let completion = ArgumentCompletion.choices(["check"])

    @Argument(help: "check") var action: String
    @Argument(help: "The lessons folder (default: the course's).") var folder: String?

    mutating func run(in session: Session) throws {
        guard action == "check" else {
            throw LabError.usage(
                session.text(en: "lessons: unknown action '\(action)'", ko: "lessons: 알 수 없는 동작 '\(action)'"),
                hint: session.text(en: "use 'lessons check [DIR]'", ko: "'lessons check [DIR]'를 쓰세요"))
        }
        let check = LessonsCheck(folder: folder ?? session.environment.lessonsPath, environment: session.environment)
        let outcome = check.run()
        session.printErrors(outcome.failures.map { $0.text(session.language) })
        let summary = session.text(LessonsCheck.summary(of: outcome))
        guard outcome.failures.isEmpty else { throw LabError(summary) }
        session.console.print(summary)
    }
}
