import Foundation
import LabText
import Lessons

/// The gradebook of a workshop's store: each learner's latest submission, graded by `scalelab grade`'s code.
package struct WorkshopExport {
    package let store: WorkshopStore

    package init(store: WorkshopStore) {
        self.store = store
    }

    /// The report of quiz `id` (the only quiz when nil) in `format`; feedback files go to `feedbackDirectory` if given.
    package func report(
        quiz id: String?, format: ReportFormat, language: Language = .en,
        feedbackDirectory: String? = nil
    ) throws -> GradeOutcome {
        let quizzes = try store.quizzes()
        let names = quizzes.map(\.id).joined(separator: ", ")
        guard let quiz = id.map({ id in quizzes.first { $0.id == id } }) ?? (quizzes.count == 1 ? quizzes.first : nil)
        else {
            let shown = UntrustedText.oneLine(id ?? "")
            throw WorkshopError(
                id == nil
                    ? Localized(
                        en: "this workshop has several quizzes (\(names)); name one with --quiz",
                        ko: "이 워크숍에는 퀴즈가 여럿입니다(\(names)). --quiz로 하나를 고르세요")
                    : Localized(
                        en: "no quiz '\(shown)' in this workshop; its quizzes are: \(names)",
                        ko: "이 워크숍에 '\(shown)' 퀴즈가 없습니다. 있는 퀴즈: \(names)"))
        }
        let sheets = try store.latestSubmissions(quiz: quiz.id).map {
            GradingAdapter.Sheet(
                number: $0.number, learner: $0.learner, answers: $0.answers, submittedAt: $0.submittedAt)
        }
        guard !sheets.isEmpty else {
            throw WorkshopError(
                Localized(
                    en: "quiz '\(quiz.id)' has no submission yet; nothing to grade",
                    ko: "퀴즈 '\(quiz.id)'에 아직 제출이 없어 채점할 것이 없습니다"))
        }
        return try GradingAdapter.grade(
            quiz: quiz, sheets: sheets, format: format, language: language, feedbackDirectory: feedbackDirectory)
    }

    /// The download name of quiz `id`'s gradebook in `format`: `[A-Za-z0-9._-]` only, so it is safe in a header.
    static func fileName(quiz id: String, format: ReportFormat) -> String {
        let ext =
            switch format {
            case .csv: "csv"
            case .json: "json"
            case .junit: "xml"
            case .markdown: "md"
            }
        let stem = SafeFileName.stem(for: id, sequence: 1)
        return (stem == "learner-1" && id != stem ? "quiz" : stem) + "-gradebook." + ext
    }

    /// The media type of a report in `format`.
    static func contentType(_ format: ReportFormat) -> String {
        switch format {
        case .csv: "text/csv; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .junit: "application/xml; charset=utf-8"
        case .markdown: "text/markdown; charset=utf-8"
        }
    }
}
