import LabText
import MiniCluster

/// How numbers appear in reports: up to four significant figures, no exponent for usual sizes.
package enum MetricText {
    /// `value` with up to `decimals` decimals, trailing zeros dropped (for availabilities like 99.9999).
    package static func format(_ value: Double, decimals: Int) -> String {
        DecimalText.format(value, digits: decimals)
    }

    /// A metric's value with its interval when it has one: `12.3 ± 0.4`.
    package static func format(_ metric: Metric) -> String {
        guard let halfWidth = metric.halfWidth else { return format(metric.value) }
        return format(metric.value) + " ± " + format(halfWidth)
    }

    /// An estimate as `12.3 ± 0.4`, or the mean alone when its half-width is 0.
    package static func format(_ estimate: Estimate) -> String {
        estimate.halfWidth == 0 ? format(estimate.mean) : format(estimate.mean) + " ± " + format(estimate.halfWidth)
    }

    /// `value` with decimals by its size (1 from 100, 2 from 1, 4 from 0.01, else 6), trailing zeros
    /// dropped; `∞` and `—` for infinities and NaN.
    package static func format(_ value: Double) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : "—" }
        let magnitude = value.magnitude
        let decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : magnitude >= 0.01 ? 4 : 6
        return DecimalText.format(value, digits: decimals)
    }
}
