import MiniCluster

extension SweepReport {
    /// The first plotted metric at the first and last step, and its change, as metrics the
    /// sweep's findings quote.
    var changeMetrics: [Metric] {
        guard let first = reports.first, let last = reports.last, let y = plot.y.first,
            let from = first.metric(y), let to = last.metric(y)
        else { return [] }
        var metrics = [
            Metric(
                "sweep_x_from", x(first), unit: first.metric(xName)?.unit ?? parameter.unit,
                Localized(en: "\(xName) at the first step", ko: "첫 단계의 \(xName)")),
            Metric(
                "sweep_x_to", x(last), unit: last.metric(xName)?.unit ?? parameter.unit,
                Localized(en: "\(xName) at the last step", ko: "마지막 단계의 \(xName)")),
            Metric(
                "sweep_from", from.estimate, unit: from.unit, Localized(en: "\(y) at the first step", ko: "첫 단계의 \(y)")),
            Metric("sweep_to", to.estimate, unit: to.unit, Localized(en: "\(y) at the last step", ko: "마지막 단계의 \(y)"))
        ]
        for index in 2...3 where metrics[index].halfWidth == 0 { metrics[index].halfWidth = nil }
        if from.value > 0 {
            metrics.append(
                Metric("sweep_ratio", to.value / from.value, Localized(en: "last step over first", ko: "마지막 단계 ÷ 첫 단계"))
            )
            metrics.append(
                Metric(
                    "sweep_fall", max(0, 1 - to.value / from.value),
                    Localized(en: "share the metric fell by", ko: "줄어든 비율")))
        }
        return metrics
    }

    /// The smallest relative change between the first and last steps that a sweep's finding calls
    /// a rise or a fall when the metric has no interval (an imbalance, a count): without this,
    /// rounding noise read as "rose from 1.14 to 1.14", contradicting its own numbers.
    static let minimumChange = 0.01

    /// "grew 3.2×" or "fell 73%" only when the two values differ as printed and the change is real:
    /// the intervals of the first and last steps do not overlap, or, without intervals, it is at
    /// least `minimumChange`; otherwise that the metric did not change beyond its intervals, or
    /// by less than that share.
    func findings(metrics: [Metric]) -> [Finding] {
        guard let y = plot.y.first, metrics.contains(where: { $0.name == "sweep_ratio" }) else { return [] }
        var list = FindingList(metrics: metrics)
        let span = (
            en: "From \(xName) = {sweep_x_from} to {sweep_x_to}, \(y)",
            ko: "\(xName) 값이 {sweep_x_from}에서 {sweep_x_to}(으)로 바뀌는 동안 \(y) 값은"
        )
        if printedApart(metrics) { sayMoved(into: &list, span: span) }
        sayFlat(into: &list, span: span)
        return list.findings
    }

    /// Whether the first and last steps' values read differently as the findings print them.
    private func printedApart(_ metrics: [Metric]) -> Bool {
        let printed = ["sweep_from", "sweep_to"].map { name in
            metrics.first { $0.name == name }.map { MetricText.format($0.value) }
        }
        return printed[0] != printed[1]
    }

    /// Beyond the intervals; by at least `minimumChange` when neither step has an interval.
    private var rose: FindingCondition {
        MetricRef("sweep_to").lower > MetricRef("sweep_from").upper
            && (hasInterval || MetricRef("sweep_ratio") >= 1 + Self.minimumChange)
    }

    private var fell: FindingCondition {
        MetricRef("sweep_to").upper < MetricRef("sweep_from").lower
            && (hasInterval || MetricRef("sweep_ratio") <= 1 - Self.minimumChange)
    }

    /// Either step has an interval (a metric without one has lower == upper).
    private var hasInterval: FindingCondition {
        MetricRef("sweep_from").upper > MetricRef("sweep_from").lower
            || MetricRef("sweep_to").upper > MetricRef("sweep_to").lower
    }

    /// Either step has an interval and the two intervals overlap.
    private var withinIntervals: FindingCondition {
        let from = MetricRef("sweep_from")
        let to = MetricRef("sweep_to")
        return hasInterval && to.lower <= from.upper && from.lower <= to.upper
    }

    private func sayMoved(into list: inout FindingList, span: (en: String, ko: String)) {
        list.say(
            "sweep.grew", when: rose && MetricRef("sweep_ratio") >= 1.5,
            Localized(
                en: "\(span.en) grew {sweep_ratio}× ({sweep_from} → {sweep_to}).",
                ko: "\(span.ko) {sweep_ratio}배가 되었습니다 ({sweep_from} → {sweep_to})."))
        list.say(
            "sweep.rose", when: rose && MetricRef("sweep_ratio") < 1.5,
            Localized(
                en: "\(span.en) rose from {sweep_from} to {sweep_to}.",
                ko: "\(span.ko) {sweep_from}에서 {sweep_to}(으)로 올랐습니다."))
        list.say(
            "sweep.fell", when: fell,
            Localized(
                en: "\(span.en) fell {sweep_fall%}% ({sweep_from} → {sweep_to}).",
                ko: "\(span.ko) {sweep_fall%}% 줄었습니다 ({sweep_from} → {sweep_to})."))
    }

    private func sayFlat(into list: inout FindingList, span: (en: String, ko: String)) {
        list.say(
            "sweep.flat", when: withinIntervals,
            Localized(
                en: "\(span.en) did not change beyond its 95% intervals ({sweep_from} → {sweep_to}).",
                ko: "\(span.ko) 95% 구간을 넘어서 변하지 않았습니다 ({sweep_from} → {sweep_to})."))
        let share = MetricText.format(Self.minimumChange * 100)
        list.say(
            "sweep.steady", when: !rose && !fell && !withinIntervals,
            Localized(
                en: "\(span.en) changed by less than \(share)% ({sweep_from} → {sweep_to}).",
                ko: "\(span.ko) \(share)% 안쪽으로만 변했습니다 ({sweep_from} → {sweep_to})."))
    }
}
