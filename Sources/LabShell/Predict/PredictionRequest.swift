import Experiments
import Foundation
import LabText

/// A `predict METRIC [GUESS] [TOLERANCE]` line: the metric the next run is graded on, the guess
/// when the line carries one (a script's demo), and how close a guess must be to count.
package struct PredictionRequest: Equatable, Sendable {
    package var metric: String
    package var guess: Double?
    package var tolerance: Expectation.Tolerance

    /// A guess counts within 25% unless the line says otherwise: a prediction, not a measurement.
    package static let defaultTolerance = Expectation.Tolerance.relative(0.25)

    static let usage = Localized(
        en:
            "usage: predict METRIC [GUESS] [TOLERANCE], e.g. 'predict p99_ms', 'predict p99_ms 120', 'predict p99_ms 30%', 'predict errors 120 ±5'",
        ko:
            "사용법: predict METRIC [GUESS] [TOLERANCE], 예: 'predict p99_ms', 'predict p99_ms 120', 'predict p99_ms 30%', 'predict errors 120 ±5'"
    )

    /// Parses the words after `predict`. A tolerance is a percentage (`30%`) or an amount after `±` (`±5`, `+-5`).
    package static func parse(_ words: [String], language: Language) throws(LabError) -> PredictionRequest {
        let hint = usage.text(language)
        guard let metric = words.first, (1...3).contains(words.count) else {
            throw .usage(
                language == .ko
                    ? "predict: 단어가 1~3개여야 하는데 \(words.count)개입니다"
                    : "predict: expected 1 to 3 words, got \(words.count)", hint: hint)
        }
        var request = PredictionRequest(metric: metric, guess: nil, tolerance: defaultTolerance)
        var toleranceSeen = false
        for word in words.dropFirst() {
            if let tolerance = tolerance(word) {
                guard !toleranceSeen else {
                    throw .usage(language == .ko ? "predict: 허용 오차가 두 번 나옵니다" : "predict: two tolerances", hint: hint)
                }
                request.tolerance = tolerance
                toleranceSeen = true
            } else if request.guess == nil, !toleranceSeen, let number = guessNumber(word) {
                request.guess = number
            } else {
                throw .usage(
                    language == .ko
                        ? "predict: '\(word)'는 예측값도 허용 오차(30%, ±5)도 아닙니다"
                        : "predict: '\(word)' is neither a guess nor a tolerance (30%, ±5)", hint: hint)
            }
        }
        return request
    }

    /// A number as a learner types it: `120`, `1,200`, `0.8`; nil for anything else.
    package static func guessNumber(_ text: String) -> Double? {
        let plain = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        guard let value = Double(plain), value.isFinite else { return nil }
        return value
    }

    private static func tolerance(_ word: String) -> Expectation.Tolerance? {
        if word.hasSuffix("%"), let percent = Double(word.dropLast()), percent.isFinite, percent >= 0 {
            return .relative(percent / 100)
        }
        for sign in ["±", "+-"] where word.hasPrefix(sign) {
            if let amount = Double(word.dropFirst(sign.count)), amount.isFinite, amount >= 0 {
                return .absolute(amount)
            }
        }
        return nil
    }
}
