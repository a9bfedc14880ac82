/// Classical test statistics of a gradebook's auto-graded questions (sample variances, n - 1).
package struct ItemStatistics: Sendable, Hashable {
    /// One question's statistics.
    package struct Item: Sendable, Hashable {
        package var id: String
        /// How many sheets answered it.
        package var answered: Int
        /// Mean score / max: the share of the points learners earned (nil with no sheets).
        package var facility: Double?
        /// corr(item score, total minus the item) (nil when either does not vary).
        package var discrimination: Double?
    }

    package var items: [Item]
    /// Cronbach's alpha, which is KR-20 when every item is scored right or wrong (nil with < 2 items or sheets, or no variance).
    package var reliability: Double?
    /// True when every item is worth the same and every score is 0 or full marks, so `reliability` is KR-20.
    package var isDichotomous: Bool

    /// The name of `reliability`: KR-20 only where it is KR-20, else Cronbach's alpha.
    package var reliabilityMethod: String { isDichotomous ? "KR-20" : "Cronbach's alpha" }

    /// The statistics of `sheets`, over the questions that are auto-graded.
    package init(sheets: [GradedSheet]) {
        let columns =
            sheets.first.map { first in first.items.indices.filter { first.items[$0].question.kind != .essay } } ?? []
        let matrix = sheets.map { sheet in columns.map { sheet.items[$0].score.points } }
        let totals = matrix.map { $0.reduce(0, +) }
        items = columns.enumerated().map { column, index in
            let scores = matrix.map { $0[column] }
            let rest = zip(totals, scores).map { $0 - $1 }
            let weight = sheets[0].items[index].score.maxPoints
            return Item(
                id: sheets[0].items[index].question.id,
                answered: sheets.filter { $0.items[index].response != nil }.count,
                facility: weight > 0 ? Statistics.mean(scores).map { $0 / weight } : nil,
                discrimination: Statistics.correlation(scores, rest))
        }
        let weights = Set(columns.map { sheets[0].items[$0].score.maxPoints })
        isDichotomous =
            weights.count <= 1
            && sheets.allSatisfy { sheet in
                columns.allSatisfy { column in
                    let score = sheet.items[column].score
                    return score.points == 0 || score.points == score.maxPoints
                }
            }
        reliability = Self.alpha(matrix: matrix, totals: totals, itemCount: columns.count)
    }

    private static func alpha(matrix: [[Double]], totals: [Double], itemCount k: Int) -> Double? {
        guard k >= 2, let totalVariance = Statistics.variance(totals), totalVariance > 0 else { return nil }
        let itemVariances = (0..<k).compactMap { column in Statistics.variance(matrix.map { $0[column] }) }
        let ratio = itemVariances.reduce(0, +) / totalVariance
        return Double(k) / Double(k - 1) * (1 - ratio)
    }
}

/// Means, sample variances and correlations.
enum Statistics {
    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// Sample variance (n - 1); nil with fewer than two values.
    static func variance(_ values: [Double]) -> Double? {
        guard values.count >= 2, let mean = mean(values) else { return nil }
        return values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)
    }

    /// Pearson correlation; nil when either series is constant or too short.
    static func correlation(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2, let mx = mean(x), let my = mean(y) else { return nil }
        let covariance = zip(x, y).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
        let sx = x.map { ($0 - mx) * ($0 - mx) }.reduce(0, +)
        let sy = y.map { ($0 - my) * ($0 - my) }.reduce(0, +)
        guard sx > 1e-12, sy > 1e-12 else { return nil }
        return covariance / (sx * sy).squareRoot()
    }

    /// The median of `values` (nil when empty).
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
