import Foundation
import Lessons

/// Facility, discrimination and scores of answers in progress, read off the JSON gradebook that `grade` writes.
struct LiveStatistics {
    struct Item: Decodable {
        var id: String
        var facility: Double?
        var discrimination: Double?
    }

    struct SheetScore: Decodable {
        var learner: String
        var score: Double
        var max: Double
    }

    private struct Report: Decodable {
        struct Statistics: Decodable {
            var reliability: Double?
            var items: [Item]
        }
        var sheets: [SheetScore]
        var statistics: Statistics
    }

    var items: [String: Item] = [:]
    var scores: [String: SheetScore] = [:]
    var reliability: Double?

    init(quiz: StoredQuiz, sheets: [GradingAdapter.Sheet]) throws {
        guard !sheets.isEmpty else { return }
        let outcome = try GradingAdapter.grade(quiz: quiz, sheets: sheets, format: .json)
        guard let report = try? JSONDecoder().decode(Report.self, from: Data(outcome.report.utf8)) else { return }
        items = Dictionary(report.statistics.items.map { ($0.id, $0) }) { first, _ in first }
        scores = Dictionary(report.sheets.map { ($0.learner, $0) }) { first, _ in first }
        reliability = report.statistics.reliability
    }
}
