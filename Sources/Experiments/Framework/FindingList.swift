/// Collects the findings of one run, saying each only when its condition holds in the metrics.
///
/// Templates quote metrics by name: `{p99_ms}` is the value as `MetricText.format` writes it,
/// `{utilization%}` is the value times 100. Conditions may read a metric's interval through
/// `MetricRef.lower` / `.upper`, so a finding claims a difference only beyond the intervals. A template that names a metric the run does not
/// have is a programmer error and traps with the name.
///
///     var list = FindingList(metrics: [Metric("p99_ms", 120, Localized(verbatim: "p99"))])
///     list.say("load.slow", when: MetricRef("p99_ms") > 100,
///              Localized(en: "p99 is {p99_ms} ms.", ko: "p99는 {p99_ms} ms입니다."))
///     list.findings.first?.text.en  // "p99 is 120 ms."
package struct FindingList: Sendable {
    package private(set) var findings: [Finding] = []
    private let values: [String: Double]

    package init(metrics: [Metric]) {
        values = Self.values(of: metrics)
    }

    /// What conditions read: each metric by name, and its interval's bounds as `NAME.lower` and
    /// `NAME.upper` (both the value itself when the metric has no interval).
    package static func values(of metrics: [Metric]) -> [String: Double] {
        var values: [String: Double] = [:]
        for metric in metrics where values[metric.name] == nil {
            values[metric.name] = metric.value
            values[metric.name + ".lower"] = metric.estimate.lower
            values[metric.name + ".upper"] = metric.estimate.upper
        }
        return values
    }

    /// Adds the finding `id` with `template` if `condition` holds; returns whether it was said.
    @discardableResult
    package mutating func say(_ id: String, when condition: FindingCondition = .always, _ template: Localized) -> Bool {
        for name in condition.metricNames where values[name] == nil {
            preconditionFailure("finding '\(id)' tests metric '\(name)', which the run does not report")
        }
        guard condition.holds(in: values) else { return false }
        let (en, enQuotes) = render(template.en, id: id)
        let (ko, koQuotes) = render(template.ko, id: id)
        precondition(
            Set(enQuotes) == Set(koQuotes),
            "finding '\(id)' quotes \(enQuotes) in English but \(koQuotes) in Korean")
        findings.append(Finding(id: id, condition: condition, text: Localized(en: en, ko: ko), quotes: enQuotes))
        return true
    }

    private func render(_ template: String, id: String) -> (String, [String]) {
        var out = ""
        var quotes: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                preconditionFailure("finding '\(id)' has an unclosed '{' in: \(template)")
            }
            var name = String(rest[rest.index(after: open)..<close])
            let percent = name.hasSuffix("%")
            if percent { name.removeLast() }
            guard let value = values[name] else {
                preconditionFailure("finding '\(id)' quotes metric '\(name)', which the run does not report")
            }
            out += MetricText.format(percent ? value * 100 : value)
            quotes.append(name)
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return (out, quotes)
    }
}
