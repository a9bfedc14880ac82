import LabText

extension LessonsCheck {
    /// One thing that did not hold, as `file:line: message` in either language.
    package struct Failure: Equatable, Sendable, CustomStringConvertible {
        package let file: String
        package let line: Int
        package let message: Localized
        /// The message names its own place (a parse error's `file:line:col`), so no prefix is added.
        package var located = false

        package init(file: String, line: Int, message: Localized) {
            self.file = file
            self.line = line
            self.message = message
        }

        /// A file that could not be read or parsed, said as the error says it in each language.
        init(file: String, error: any Error) {
            self.init(
                file: file, line: 0,
                message: Localized(
                    en: LabError(converting: error, language: .en).oneLine,
                    ko: LabError(converting: error, language: .ko).oneLine))
            located = true
        }

        package var description: String { text(.en) }

        /// `file:line: message` in `language`.
        package func text(_ language: Language) -> String {
            located ? message.text(language) : "\(file):\(line): \(message.text(language))"
        }
    }

    /// The last line of a check: what ran and how many failures.
    package static func summary(of outcome: Outcome) -> Localized {
        let (blocks, scripts, quizzes, failures) =
            (outcome.labBlocks, outcome.scripts, outcome.quizzes, outcome.failures.count)
        return Localized(
            en: "lessons check: \(blocks) lab blocks, \(scripts) script runs, \(quizzes) quizzes, \(failures) failures",
            ko: "lessons check: 실습 블록 \(blocks)개, 스크립트 실행 \(scripts)번, 퀴즈 \(quizzes)개, 실패 \(failures)건")
    }
}
