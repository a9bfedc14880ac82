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
            throw WorkshopError(
                id == nil
                    ? "this workshop has several quizzes (\(names)); name one with --quiz"
                    : "no quiz '\(UntrustedText.oneLine(id ?? ""))' in this workshop; its quizzes are: \(names)")
        }
        let sheets = try store.latestSubmissions(quiz: quiz.id).map {
            GradingAdapter.Sheet(
                number: $0.number, learner: $0.learner, answers: $0.answers, submittedAt: $0.submittedAt)
        }
        guard !sheets.isEmpty else { throw WorkshopError("quiz '\(quiz.id)' has no submission yet; nothing to grade") }
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
