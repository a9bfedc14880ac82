/// How often each choice or answer was given, per question, as Moodle's response analysis shows it.
package struct ResponseAnalysis: Sendable, Hashable {
    /// One choice or answer of a question and how many counted sheets gave it.
    package struct Answer: Sendable, Hashable {
        package var text: String
        package var count: Int
        /// `count` over the counted sheets.
        package var share: Double
        /// The credit it earns, in [-1, 1]: above 0.999999 it is a right answer.
        package var credit: Double
        package var isRight: Bool { credit > 0.999999 }
    }

    /// One question's answers, score histogram and spread.
    package struct Item: Sendable, Hashable {
        package var id: String
        package var kind: String
        /// The key's choices (or matched pairs) first, in key order, then other answers by count; at most `answerLimit`.
        package var answers: [Answer]
        package var unanswered: Int
        /// Each score earned and how many sheets earned it, lowest first.
        package var histogram: [ScoreCount]
        /// Sample standard deviation of the points (nil with fewer than two sheets).
        package var standardDeviation: Double?
    }

    /// A score and how many sheets earned it.
    package struct ScoreCount: Sendable, Hashable {
        package var points: Double
        package var count: Int
    }

    /// The most distinct free-text answers listed per question; the rest are summed as "other answers".
    package static let answerLimit = 12

    package var items: [Item]

    /// The analysis of `sheets` (all graded against `key`), question by question in key order.
    package init(sheets: [GradedSheet], key: Quiz) {
        items = key.answerable.enumerated().map { column, question in
            let given = sheets.map { $0.items[column] }
            let points = given.map(\.score.points)
            let counts = Dictionary(points.map { ($0, 1) }, uniquingKeysWith: +)
            return Item(
                id: question.id, kind: question.kind.name, answers: Self.answers(question, given, total: sheets.count),
                unanswered: given.filter { $0.response == nil }.count,
                histogram: counts.keys.sorted().map { ScoreCount(points: $0, count: counts[$0, default: 0]) },
                standardDeviation: Statistics.variance(points).map { $0.squareRoot() })
        }
    }

    private static func answers(_ question: Question, _ given: [GradedSheet.GradedItem], total: Int) -> [Answer] {
        var tally = ResponseTally(question: question)
        for item in given {
            if let response = item.response { tally.add(response, fraction: item.score.fraction) }
        }
        return tally.answers(limit: answerLimit).map {
            Answer(
                text: $0.text, count: $0.count, share: total > 0 ? Double($0.count) / Double(total) : 0,
                credit: $0.credit)
        }
    }
}
