import Foundation
import Lessons

/// Finds the quiz a learner means: a section number, a file, or the current section's quiz.
enum QuizLocator {
    /// The course's quiz file for chapter `number` in `language`.
    static func path(chapter number: String, language: String, lessons: String) -> String {
        "\(lessons)/quizzes/\(language)/section-\(number).gift"
    }

    /// Who is answering when no --learner is given: `$USER`, else "learner" (it fixes the choices' order and the draft).
    static func defaultLearner(in session: Session) -> String {
        session.environment.variables["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "learner"
    }

    static func load(_ target: String?, in session: Session) throws(LabError) -> Quiz {
        guard let target = target ?? session.currentSection else {
            throw .usage(
                session.text(en: "quiz: which section?", ko: "quiz: 어느 절의 퀴즈인가요?"),
                hint: session.text(en: "e.g. 'quiz 2', or open a section first", ko: "예: 'quiz 2', 또는 먼저 절을 여세요"))
        }
        let path: String
        if FileManager.default.fileExists(atPath: target) {
            path = target
        } else if let chapter = target.split(separator: ".").first, chapter.allSatisfy(\.isNumber) {
            path = Self.path(
                chapter: String(chapter), language: session.language.rawValue, lessons: session.environment.lessonsPath)
        } else {
            throw .usage(
                session.text(
                    en: "quiz: '\(target)' is neither a section number nor a quiz file",
                    ko: "quiz: '\(target)'은(는) 절 번호도 퀴즈 파일도 아닙니다"),
                hint: session.text(en: "e.g. 'quiz 2' or 'quiz my.gift'", ko: "예: 'quiz 2', 'quiz my.gift'"))
        }
        do { return try QuizFile.load(path: path) } catch {
            throw LabError(converting: error, language: session.language)
        }
    }
}
