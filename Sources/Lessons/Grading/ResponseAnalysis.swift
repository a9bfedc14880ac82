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
            // NB: the sheets that answered alike share one item, so each distinct item is tallied once with how many
            // sheets hold it, in the order the items are first met (tallying every sheet was 0.06 M instructions a
            // sheet, callgrind).
            var numbering = ItemNumbering()
            var distinct: [(item: GradedSheet.GradedItem, count: Int)] = []
            var points: [Double] = []
            points.reserveCapacity(sheets.count)
            for sheet in sheets {
                let item = sheet.items[column]
                points.append(item.score.points)
                let (number, isNew) = numbering.number(of: item)
                if isNew { distinct.append((item, 0)) }
                distinct[number].count += 1
            }
            var counts: [Double: Int] = [:]
            for (item, count) in distinct { counts[item.score.points, default: 0] += count }
            return Item(
                id: question.id, kind: question.kind.name,
                answers: Self.answers(question, distinct, total: sheets.count),
                unanswered: distinct.filter { $0.item.response == nil }.map(\.count).reduce(0, +),
                histogram: counts.keys.sorted().map { ScoreCount(points: $0, count: counts[$0, default: 0]) },
                standardDeviation: Statistics.variance(points).map { $0.squareRoot() })
        }
    }

    private static func answers(
        _ question: Question, _ given: [(item: GradedSheet.GradedItem, count: Int)], total: Int
    ) -> [Answer] {
        var tally = ResponseTally(question: question)
        for (item, count) in given {
            if let response = item.response { tally.add(response, fraction: item.score.fraction, times: count) }
        }
        return tally.answers(limit: answerLimit).map {
            Answer(
                text: $0.text, count: $0.count, share: total > 0 ? Double($0.count) / Double(total) : 0,
                credit: $0.credit)
        }
    }
}
