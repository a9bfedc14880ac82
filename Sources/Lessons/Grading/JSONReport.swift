import Foundation

/// The gradebook as JSON with sorted keys: every sheet, answer, score and feedback, the rejected sheets and the statistics.
package enum JSONReport {
    struct Document: Encodable {
        var format = "scalelab-grades/2"
        var quiz: String
        var quiz_sha256: String
        var questions: [QuestionEntry]
        var sheets: [SheetEntry]
        var superseded: [SheetEntry]
        var dropped: [SheetEntry]
        var rejected: [RejectedEntry]
        var skipped: [RejectedEntry]
        var changes: [ChangeEntry]
        var moved_scores: Int?
        var statistics: StatisticsEntry

        init(book: Gradebook, statistics: ItemStatistics, sheets: [SheetEntry]) {
            quiz = book.key.id
            quiz_sha256 = book.key.sha256
            questions = book.columns.map {
                QuestionEntry(
                    id: $0.id, kind: $0.kind.name, weight: $0.weight, right_answer: $0.rightAnswer,
                    general_feedback: $0.generalFeedback)
            }
            self.sheets = sheets
            superseded = book.superseded.map { SheetEntry($0) }
            dropped = book.dropped.map { SheetEntry($0) }
            rejected = book.rejected.map {
                RejectedEntry(file: UntrustedText.oneLine($0.path, limit: 300), reason: $0.reason)
            }
            skipped = book.skipped.map {
                RejectedEntry(file: UntrustedText.oneLine($0.path, limit: 300), reason: $0.reason)
            }
            changes = book.changes.map { ChangeEntry(id: $0.id, change: $0.kind.rawValue, sheets: $0.sheets) }
            moved_scores = book.movedScores
            self.statistics = StatisticsEntry(
                statistics, responses: ResponseAnalysis(sheets: book.sheets, key: book.key))
        }
    }

    struct QuestionEntry: Encodable {
        var id, kind: String
        var weight: Double
        var right_answer: String
        var general_feedback: String?
    }

    struct SheetEntry: Encodable {
        var file, learner, submitted_at: String
        var learner_id, email: String?
        var late_seconds: Double?
        var penalty: Double
        var sealed: Bool
        var score, max, percent: Double
        var answers: [AnswerEntry]
        var warnings: [String]

        /// The entry of `sheet`; without its answers unless `withAnswers` (the sheet writer writes them itself).
        init(_ sheet: GradedSheet, withAnswers: Bool = true) {
            file = UntrustedText.oneLine(sheet.path, limit: 300)
            learner = sheet.learner
            learner_id = sheet.learnerID
            email = sheet.email
            submitted_at = AnswerSheet.timestamp(sheet.submittedAt)
            late_seconds = sheet.lateBy
            penalty = sheet.penalty
            sealed = sheet.isSealed
            score = sheet.points
            max = sheet.maxPoints
            percent = (sheet.percent * 100).rounded() / 100
            answers = withAnswers ? sheet.items.map(AnswerEntry.init) : []
            warnings = sheet.warnings.map(\.en)
        }
    }

    struct AnswerEntry: Encodable {
        var id, verdict, right_answer: String
        var response: String?
        var points, max: Double
        var feedback: [String]
        var marked: Bool
        var change: String?

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
            feedback = item.score.feedback.map { UntrustedText.multiLine($0) }
            marked = item.isMarked
            change = item.change?.rawValue
        }
    }

    struct RejectedEntry: Encodable {
        var file, reason: String
    }

    struct ChangeEntry: Encodable {
        var id, change: String
        var sheets: Int
    }

    struct StatisticsEntry: Encodable {
        var reliability: Double?
        var reliability_method: String
        var items: [ItemEntry]

        init(_ statistics: ItemStatistics, responses: ResponseAnalysis) {
            reliability = statistics.reliability
            reliability_method = statistics.reliabilityMethod
            let analysis = Dictionary(responses.items.map { ($0.id, $0) }) { first, _ in first }
            items = statistics.items.map { ItemEntry($0, analysis[$0.id]) }
        }
    }

    struct ItemEntry: Encodable {
        var id: String
        var answered: Int
        var facility, discrimination, standard_deviation: Double?
        var responses: [ResponseEntry]
        var unanswered: Int
        var histogram: [HistogramEntry]

        init(_ item: ItemStatistics.Item, _ analysis: ResponseAnalysis.Item?) {
            id = item.id
            answered = item.answered
            facility = item.facility
            discrimination = item.discrimination
            standard_deviation = analysis?.standardDeviation
            responses = (analysis?.answers ?? []).map {
                ResponseEntry(
                    answer: UntrustedText.oneLine($0.text), count: $0.count, share: $0.share, credit: $0.credit,
                    right: $0.isRight)
            }
            unanswered = analysis?.unanswered ?? 0
            histogram = (analysis?.histogram ?? []).map { HistogramEntry(points: $0.points, count: $0.count) }
        }
    }

    struct ResponseEntry: Encodable {
        var answer: String
        var count: Int
        var share, credit: Double
        var right: Bool
    }

    struct HistogramEntry: Encodable {
        var points: Double
        var count: Int
    }
}
