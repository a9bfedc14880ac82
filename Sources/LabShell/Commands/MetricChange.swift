import Experiments
import Terminal

/// How one metric differs between two runs: `+71%`, `−40%`, or `≈` when the 95% intervals overlap.
///
/// One notation everywhere: a signed percentage of A's value, so a reader compares like with like.
struct MetricChange {
    let name: String
    let before: Metric?
    let after: Metric?

    var unit: String { (after ?? before)?.unit ?? "" }

    /// The change as a share of A, or nil when one side is missing or A is zero.
    var percent: Double? {
        guard let before, let after, before.value != 0 else { return nil }
        return (after.value - before.value) / abs(before.value) * 100
    }

    /// Whether the runs establish a difference: the values differ and, when either has an
    /// interval, the two 95% intervals do not overlap.
    var isEstablished: Bool {
        guard let before, let after, before.value != after.value else { return false }
        guard before.halfWidth != nil || after.halfWidth != nil else { return true }
        return !before.estimate.overlaps(after.estimate)
    }

    /// `+71%`, `−100%`, `≈` (the intervals overlap), `0%` (equal), or empty when it cannot be computed.
    var text: String {
        guard let before, let after else { return "" }
        if before.value == after.value { return "0%" }
        if !isEstablished { return "≈" }
        guard let percent else { return "" }
        return Self.signed(percent)
    }

    /// A value with its interval and unit, `6.74 ± 0.18 ms`, or `—` when the run has no such metric.
    func value(_ metric: Metric?) -> String {
        guard let metric else { return "—" }
        return MetricText.format(metric) + (metric.unit.isEmpty ? "" : " " + metric.unit)
    }

    static func signed(_ percent: Double) -> String {
        (percent >= 0 ? "+" : "−") + MetricText.format(abs(percent).rounded()) + "%"
    }

    /// Every metric of B, then those only A has, in the reports' own order.
    static func all(from before: Report, to after: Report) -> [MetricChange] {
        let names = after.metrics.map(\.name) + before.metrics.map(\.name).filter { after.metric($0) == nil }
        return names.map { MetricChange(name: $0, before: before.metric($0), after: after.metric($0)) }
    }
}
