import Experiments
import LabText

/// A claim about a metric of the last run: `p99_ms < 100`, `utilization ~= 0.8 5%`.
package struct Expectation: Equatable, Sendable {
    package enum Comparison: String, CaseIterable, Sendable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case equal = "=="
        case approximately = "~="
    }

    /// How far `~=` may be off: a fraction of the expected value, or an absolute amount.
    package enum Tolerance: Equatable, Sendable {
        case relative(Double)
        case absolute(Double)
    }

    package var metric: String
    package var comparison: Comparison
    package var value: Double
    package var tolerance: Tolerance

    /// `~=` allows 5% unless told otherwise.
    package static let defaultTolerance = Tolerance.relative(0.05)

    /// Parses `METRIC OP VALUE [TOLERANCE]`, where TOLERANCE is `10%` or an absolute number.
    package static func parse(_ words: [String], language: Language = .en) throws(LabError) -> Expectation {
        let say = { (en: String, ko: String) in Localized(en: en, ko: ko).text(language) }
        let operators = Comparison.allCases.map(\.rawValue).joined(separator: " ")
        let usage = say(
            "usage: expect METRIC OP VALUE [TOLERANCE], OP one of \(operators)",
            "사용법: expect METRIC OP VALUE [TOLERANCE], OP는 \(operators) 중 하나")
        guard words.count == 3 || words.count == 4 else {
            throw .usage(
                say("expect: expected 3 or 4 words, got \(words.count)", "expect: 단어 3개나 4개가 필요한데 \(words.count)개입니다"),
                hint: usage)
        }
        guard let comparison = Comparison(rawValue: words[1]) else {
            throw .usage(
                say("expect: unknown comparison '\(words[1])'", "expect: 알 수 없는 비교 '\(words[1])'"), hint: usage)
        }
        guard let value = Double(words[2]), value.isFinite else {
            throw .usage(
                say("expect: '\(words[2])' is not a number", "expect: '\(words[2])'은(는) 숫자가 아닙니다"), hint: usage)
        }
        var tolerance = defaultTolerance
        if words.count == 4 {
            guard comparison == .approximately else {
                throw .usage(say("expect: only ~= takes a tolerance", "expect: 허용 오차는 ~=에만 붙일 수 있습니다"), hint: usage)
            }
            tolerance = try parseTolerance(words[3], say: say)
        }
        return Expectation(metric: words[0], comparison: comparison, value: value, tolerance: tolerance)
    }

    private static func parseTolerance(_ text: String, say: (String, String) -> String) throws(LabError) -> Tolerance {
        if text.hasSuffix("%"), let percent = Double(text.dropLast()), percent >= 0 { return .relative(percent / 100) }
        if let amount = Double(text), amount >= 0 { return .absolute(amount) }
        throw .usage(
            say(
                "expect: tolerance '\(text)' is neither a percentage like 5% nor a number",
                "expect: 허용 오차 '\(text)'은(는) 5% 같은 백분율도 숫자도 아닙니다"))
    }

    /// Whether `actual` satisfies the claim.
    package func holds(for actual: Double) -> Bool {
        switch comparison {
        case .less: return actual < value
        case .lessOrEqual: return actual <= value
        case .greater: return actual > value
        case .greaterOrEqual: return actual >= value
        case .equal: return actual == value
        case .approximately:
            switch tolerance {
            case .relative(let fraction): return abs(actual - value) <= abs(value) * fraction
            case .absolute(let amount): return abs(actual - value) <= amount
            }
        }
    }

    /// The claim as written, for messages.
    package var text: String {
        var text = "\(metric) \(comparison.rawValue) \(formatParameterNumber(value))"
        if comparison == .approximately {
            switch tolerance {
            case .relative(let fraction): text += " ±\(formatParameterNumber(fraction * 100))%"
            case .absolute(let amount): text += " ±\(formatParameterNumber(amount))"
            }
        }
        return text
    }
}
