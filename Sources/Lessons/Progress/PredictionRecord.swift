/// One graded prediction: the learner's guess for a metric before a run, and what the run measured.
package struct PredictionRecord: Codable, Sendable, Hashable {
    /// The course section the prediction was made in (`1.1`), or empty outside any section.
    package var section: String
    package var metric: String
    package var guess: Double
    package var measured: Double
    /// Whether the guess was within the lab block's tolerance.
    package var within: Bool

    package init(section: String, metric: String, guess: Double, measured: Double, within: Bool) {
        self.section = section
        self.metric = metric
        self.guess = guess
        self.measured = measured
        self.within = within
    }

    /// How far the guess was off, as a fraction of the measured value (0.37 is 37% over, -0.5 half).
    /// A measured 0 gives 0 for a guess of 0 and 1 (100% off) otherwise.
    package var relativeError: Double {
        guard measured != 0 else { return guess == 0 ? 0 : 1 }
        return (guess - measured) / abs(measured)
    }
}

/// How well a learner's predictions in one section match the runs, and whether they improve.
package struct Calibration: Sendable, Hashable {
    package let section: String
    package let count: Int
    /// Predictions within their tolerance.
    package let hits: Int
    /// The mean absolute relative error of the earlier half of the predictions (all of them when there is one).
    package let earlierError: Double
    /// The same for the later half; equal to `earlierError` when there is one prediction.
    package let laterError: Double
}

extension Progress {
    /// The calibration of the predictions made in `section`, or nil when there are none.
    package func calibration(section: String) -> Calibration? {
        let errors = predictions.filter { $0.section == section }.map { abs($0.relativeError) }
        guard !errors.isEmpty else { return nil }
        let later = errors.count / 2
        let earlier = errors.count - later
        func mean(_ values: ArraySlice<Double>) -> Double { values.reduce(0, +) / Double(values.count) }
        return Calibration(
            section: section, count: errors.count,
            hits: predictions.filter { $0.section == section && $0.within }.count,
            earlierError: mean(errors.prefix(earlier)),
            laterError: later == 0 ? mean(errors.prefix(earlier)) : mean(errors.suffix(later)))
    }

    /// The sections that have predictions, in the order of their first prediction.
    package var predictionSections: [String] {
        var seen: [String] = []
        for record in predictions where !seen.contains(record.section) { seen.append(record.section) }
        return seen
    }
}
