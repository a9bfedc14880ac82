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
        // NB: each sheet's items are taken once: closures over the sheets copied every sheet for every question
        // (0.02 M instructions a sheet, callgrind).
        let rows = sheets.map(\.items)
        let columns = rows.first.map { first in first.indices.filter { first[$0].question.kind != .essay } } ?? []
        let totals = rows.map { row in columns.reduce(0) { $0 + row[$1].score.points } }
        var items: [Item] = []
        var variances: [Double] = []
        var isDichotomous = true
        for index in columns {
            // NB: one column's scores at a time, not a sheets x columns matrix (30 MB for 100,000 sheets x 40).
            var scores: [Double] = []
            scores.reserveCapacity(rows.count)
            var answered = 0
            for row in rows {
                let item = row[index]
                let score = item.score
                scores.append(score.points)
                if item.response != nil { answered += 1 }
                if score.points != 0 && score.points != score.maxPoints { isDichotomous = false }
            }
            let rest = zip(totals, scores).map { $0 - $1 }
            let weight = rows[0][index].score.maxPoints
            items.append(
                Item(
                    id: rows[0][index].question.id, answered: answered,
                    facility: weight > 0 ? Statistics.mean(scores).map { $0 / weight } : nil,
                    discrimination: Statistics.correlation(scores, rest)))
            if let variance = Statistics.variance(scores) { variances.append(variance) }
        }
        self.items = items
        let weights = Set(columns.map { rows[0][$0].score.maxPoints })
        self.isDichotomous = weights.count <= 1 && isDichotomous
        reliability = Self.alpha(itemVariances: variances, totals: totals, itemCount: columns.count)
    }

    /// Cronbach's alpha from the variance of each item's scores (items with one sheet have none) and the totals.
    private static func alpha(itemVariances: [Double], totals: [Double], itemCount k: Int) -> Double? {
        guard k >= 2, let totalVariance = Statistics.variance(totals), totalVariance > 0 else { return nil }
        let ratio = itemVariances.reduce(0, +) / totalVariance
        return Double(k) / Double(k - 1) * (1 - ratio)
    }
}

/// Means, sample variances and correlations.
package enum Statistics {
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
    package static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
