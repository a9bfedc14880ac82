import Experiments
import LabText
import Lessons

/// A guess graded against the measured value: within the tolerance or not, and the gap in words.
package struct PredictionVerdict: Equatable, Sendable {
    package let request: PredictionRequest
    package let guess: Double
    package let measured: Metric

    /// Whether the guess is within the request's tolerance of the measured value.
    package var within: Bool {
        Expectation(
            metric: measured.name, comparison: .approximately, value: measured.value, tolerance: request.tolerance
        )
        .holds(for: guess)
    }

    /// The verdict as the learner's progress keeps it.
    package func record(section: String) -> PredictionRecord {
        PredictionRecord(
            section: section, metric: measured.name, guess: guess, measured: measured.value, within: within)
    }

    /// Two lines: the guess beside the measured value, then the grade and the gap.
    /// For example `prediction p99_ms (p99 latency): you said 120 ms, measured 87.3 ms`
    /// and `  ✗ 37% too high; outside ±25%`.
    package func lines(_ language: Language) -> [String] {
        let unit = measured.unit.isEmpty ? "" : " " + measured.unit
        let said = MetricText.format(guess) + unit
        let seen = MetricText.format(measured.value) + unit
        let label = measured.label.text(language)
        let head =
            language == .ko
            ? "예측 \(measured.name) (\(label)): 예측 \(said), 측정 \(seen)"
            : "prediction \(measured.name) (\(label)): you said \(said), measured \(seen)"
        let mark = within ? "✓ " : "✗ "
        let grade =
            language == .ko
            ? gap(language) + ". 허용 오차(" + toleranceText + (within ? ") 안입니다." : ") 밖입니다.")
            : gap(language) + (within ? "; within " : "; outside ") + toleranceText
        return [head, "  " + mark + grade]
    }

    private var toleranceText: String {
        switch request.tolerance {
        case .relative(let fraction): return "±" + MetricText.format(fraction * 100) + "%"
        case .absolute(let amount):
            return "±" + MetricText.format(amount) + (measured.unit.isEmpty ? "" : " " + measured.unit)
        }
    }

    /// The gap in words: exact, too high or too low by a percentage, and the factor when it is 2× or more.
    private func gap(_ language: Language) -> String {
        let error = record(section: "").relativeError
        guard error != 0 else { return language == .ko ? "정확히 맞혔습니다" : "exactly right" }
        guard measured.value != 0 else {
            return language == .ko ? "측정값은 0입니다" : "the run measured 0"
        }
        let percent = MetricText.format((abs(error) * 100).rounded()) + "%"
        let ratio = guess / measured.value
        let factor =
            ratio >= 2
            ? MetricText.format((ratio * 10).rounded() / 10)
            : ratio > 0 && ratio <= 0.5 ? MetricText.format((1 / ratio * 10).rounded() / 10) : nil
        if error > 0 {
            let times = factor.map { language == .ko ? "(측정값의 \($0)배)" : " (\($0)× the measured value)" } ?? ""
            return language == .ko ? "실제보다 \(percent) 높게 예측했습니다\(times)" : "\(percent) too high\(times)"
        }
        guard let factor else { return language == .ko ? "실제보다 \(percent) 낮게 예측했습니다" : "\(percent) too low" }
        return language == .ko
            ? "실제보다 낮게 예측했습니다(측정값이 예측의 \(factor)배)" : "too low (the run measured \(factor)× your guess)"
    }
}
