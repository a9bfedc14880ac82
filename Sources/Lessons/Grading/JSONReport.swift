import Foundation

/// The gradebook as JSON with sorted keys: every sheet, answer, score and feedback, the rejected sheets and the statistics.
package enum JSONReport {
    /// Pretty-printed JSON text.
    package static func render(_ book: Gradebook, statistics: ItemStatistics) -> String {
        String(decoding: InertJSON.encode(Document(book: book, statistics: statistics)), as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var format = "scalelab-grades/1"
        var quiz: String
        var quiz_sha256: String
        var questions: [QuestionEntry]
        var sheets: [SheetEntry]
        var rejected: [RejectedEntry]
        var statistics: StatisticsEntry

        init(book: Gradebook, statistics: ItemStatistics) {
            quiz = book.key.id
            quiz_sha256 = book.key.sha256
            questions = book.columns.map {
                QuestionEntry(id: $0.id, kind: $0.kind.name, weight: $0.weight, right_answer: $0.rightAnswer, general_feedback: $0.generalFeedback)
            }
            sheets = book.sheets.map(SheetEntry.init)
            rejected = book.rejected.map { RejectedEntry(file: UntrustedText.oneLine($0.path, limit: 300), reason: $0.reason) }
            self.statistics = StatisticsEntry(statistics)
        }
    }

    private struct QuestionEntry: Encodable {
        var id, kind: String
        var weight: Double
        var right_answer: String
        var general_feedback: String?
    }

    private struct SheetEntry: Encodable {
        var file, learner: String
        var score, max, percent: Double
        var answers: [AnswerEntry]
        var warnings: [String]

        init(_ sheet: GradedSheet) {
            file = UntrustedText.oneLine(sheet.path, limit: 300)
            learner = sheet.learner
            score = sheet.points
            max = sheet.maxPoints
            percent = (sheet.percent * 100).rounded() / 100
            answers = sheet.items.map(AnswerEntry.init)
            warnings = sheet.warnings
        }
    }

    private struct AnswerEntry: Encodable {
        var id, verdict, right_answer: String
        var response: String?
        var points, max: Double
        var feedback: [String]

        init(_ item: GradedSheet.GradedItem) {
            id = item.question.id
            verdict = item.score.verdict.rawValue
            right_answer = item.score.rightAnswer
            response = item.response.map { response in
                if case .text(let text) = response { return UntrustedText.multiLine(text) }
                return response.displayText
            }
            points = item.score.points
            max = item.score.maxPoints
            feedback = item.score.feedback
        }
    }

    private struct RejectedEntry: Encodable {
        var file, reason: String
    }

    private struct StatisticsEntry: Encodable {
        var reliability: Double?
        var reliability_method: String
        var items: [ItemEntry]

        init(_ statistics: ItemStatistics) {
            reliability = statistics.reliability
            reliability_method = statistics.reliabilityMethod
            items = statistics.items.map { ItemEntry(id: $0.id, answered: $0.answered, facility: $0.facility, discrimination: $0.discrimination) }
        }
    }

    private struct ItemEntry: Encodable {
        var id: String
        var answered: Int
        var facility, discrimination: Double?
    }
}
