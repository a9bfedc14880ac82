/// A sentence an experiment says about its run: its words, the metrics it quotes, and the
/// condition on those metrics under which it is true.
///
/// Findings are built with `FindingList.say`, which says a finding only when its condition
/// holds in the run's metrics, so a test can check every finding against the numbers it came from.
package struct Finding: Sendable, Hashable {
    /// Stable id, for example `load.knee`.
    package var id: String
    /// The condition, over the report's metrics, under which this finding is said.
    package var condition: FindingCondition
    /// The rendered sentence in both languages.
    package var text: Localized
    /// Names of the metrics the sentence quotes.
    package var quotes: [String]

    package init(id: String, condition: FindingCondition, text: Localized, quotes: [String]) {
        self.id = id
        self.condition = condition
        self.text = text
        self.quotes = quotes
    }
}

/// A metric named in a finding's condition: `MetricRef("p99_ms") > 100`.
package struct MetricRef: Sendable, Hashable {
    package var name: String
    package var factor: Double

    package init(_ name: String, times factor: Double = 1) {
        self.name = name
        self.factor = factor
    }

    /// The lower end of the metric's 95% interval (the value itself when it has none).
    package var lower: MetricRef { MetricRef(name + ".lower", times: factor) }
    /// The upper end of the metric's 95% interval (the value itself when it has none).
    package var upper: MetricRef { MetricRef(name + ".upper", times: factor) }

    /// The same metric multiplied by `factor`: `MetricRef("p99_ms") > MetricRef("p50_ms") * 2`.
    package static func * (ref: MetricRef, factor: Double) -> MetricRef {
        MetricRef(ref.name, times: ref.factor * factor)
    }
}

/// One side of a comparison: a metric (possibly scaled) or a constant.
package enum FindingOperand: Sendable, Hashable {
    case metric(MetricRef)
    case value(Double)

    func value(in metrics: [String: Double]) -> Double? {
        switch self {
        case .metric(let ref): return metrics[ref.name].map { $0 * ref.factor }
        case .value(let number): return number
        }
    }
}

/// When a finding is true, as data: comparisons of metrics, combined with `&&` and `||`.
package indirect enum FindingCondition: Sendable, Hashable {
    /// A descriptive finding that only quotes numbers; it claims no comparison.
    case always
    case less(FindingOperand, FindingOperand)
    case lessOrEqual(FindingOperand, FindingOperand)
    case greater(FindingOperand, FindingOperand)
    case greaterOrEqual(FindingOperand, FindingOperand)
    case equal(FindingOperand, FindingOperand)
    case all([FindingCondition])
    case any([FindingCondition])
    case not(FindingCondition)

    /// Whether the condition holds for `metrics`; a missing metric makes a comparison false.
    package func holds(in metrics: [String: Double]) -> Bool {
        func compare(_ a: FindingOperand, _ b: FindingOperand, _ op: (Double, Double) -> Bool) -> Bool {
            guard let x = a.value(in: metrics), let y = b.value(in: metrics) else { return false }
            return op(x, y)
        }
        switch self {
        case .always: return true
        case .less(let a, let b): return compare(a, b, <)
        case .lessOrEqual(let a, let b): return compare(a, b, <=)
        case .greater(let a, let b): return compare(a, b, >)
        case .greaterOrEqual(let a, let b): return compare(a, b, >=)
        case .equal(let a, let b): return compare(a, b, ==)
        case .all(let parts): return parts.allSatisfy { $0.holds(in: metrics) }
        case .any(let parts): return parts.contains { $0.holds(in: metrics) }
        case .not(let inner): return !inner.holds(in: metrics)
        }
    }

    /// Names of every metric the condition reads.
    package var metricNames: [String] {
        func names(_ operands: FindingOperand...) -> [String] {
            operands.compactMap { if case .metric(let ref) = $0 { ref.name } else { nil } }
        }
        switch self {
        case .always: return []
        case .less(let a, let b), .lessOrEqual(let a, let b), .greater(let a, let b),
            .greaterOrEqual(let a, let b), .equal(let a, let b):
            return names(a, b)
        case .all(let parts), .any(let parts): return parts.flatMap(\.metricNames)
        case .not(let inner): return inner.metricNames
        }
    }

    package static func && (a: FindingCondition, b: FindingCondition) -> FindingCondition { .all([a, b]) }
    package static func || (a: FindingCondition, b: FindingCondition) -> FindingCondition { .any([a, b]) }
    package static prefix func ! (a: FindingCondition) -> FindingCondition { .not(a) }
}

extension MetricRef {
    package static func < (a: MetricRef, b: Double) -> FindingCondition { .less(.metric(a), .value(b)) }
    package static func <= (a: MetricRef, b: Double) -> FindingCondition { .lessOrEqual(.metric(a), .value(b)) }
    package static func > (a: MetricRef, b: Double) -> FindingCondition { .greater(.metric(a), .value(b)) }
    package static func >= (a: MetricRef, b: Double) -> FindingCondition { .greaterOrEqual(.metric(a), .value(b)) }
    package static func == (a: MetricRef, b: Double) -> FindingCondition { .equal(.metric(a), .value(b)) }
    package static func < (a: MetricRef, b: MetricRef) -> FindingCondition { .less(.metric(a), .metric(b)) }
    package static func <= (a: MetricRef, b: MetricRef) -> FindingCondition { .lessOrEqual(.metric(a), .metric(b)) }
    package static func > (a: MetricRef, b: MetricRef) -> FindingCondition { .greater(.metric(a), .metric(b)) }
    package static func >= (a: MetricRef, b: MetricRef) -> FindingCondition { .greaterOrEqual(.metric(a), .metric(b)) }
}
