import Experiments
import LabText
import Terminal

extension MetricChange {
    /// What moved, in words: the (at most three) largest changes beyond the 95% intervals, then
    /// how many metrics did not move beyond them.
    static func reading(_ changes: [MetricChange], in language: Language, width: Int) -> [String] {
        let moved = changes.filter { $0.isEstablished && $0.percent != nil }
            .enumerated().sorted { (abs($0.element.percent!), -$0.offset) > (abs($1.element.percent!), -$1.offset) }
            .map(\.element)
        let still = changes.count - moved.count
        let more = moved.count - min(moved.count, 3)
        var sentences = moved.prefix(3).map { $0.sentence(in: language) }
        if moved.isEmpty {
            sentences.append(
                language == .ko
                    ? "어떤 지표도 95% 구간을 넘어 바뀌지 않았습니다."
                    : "No metric moved beyond its 95% intervals.")
        }
        if more > 0 {
            sentences.append(
                language == .ko ? "다른 지표 \(more)개도 바뀌었습니다 (표를 보세요)." : "\(more) more metrics moved (see the table).")
        }
        if still > 0, !moved.isEmpty {
            sentences.append(
                language == .ko
                    ? "지표 \(still)개는 그대로이거나 95% 구간 안에서만 달라졌습니다."
                    : "\(still) metrics stayed equal or within their 95% intervals.")
        }
        return sentences.flatMap {
            TextLayout.wrap($0, to: width - 2).enumerated().map { ($0.offset == 0 ? "• " : "  ") + $0.element }
        }
    }

    /// `p99_ms rose 71% (6.74 → 11.5 ms), beyond its 95% intervals.`
    func sentence(in language: Language) -> String {
        guard let before, let after, let percent else { return name }
        let values =
            "\(MetricText.format(before.value)) → \(MetricText.format(after.value))\(unit.isEmpty ? "" : " " + unit)"
        let size = MetricText.format(abs(percent).rounded()) + "%"
        let exact = before.halfWidth == nil && after.halfWidth == nil
        if language == .ko {
            let verb = percent >= 0 ? "늘었습니다" : "줄었습니다"
            return "\(name): \(size) \(verb) (\(values))" + (exact ? "." : ". 95% 구간을 넘는 차이입니다.")
        }
        let verb = percent >= 0 ? "rose" : "fell"
        return "\(name) \(verb) \(size) (\(values))" + (exact ? "." : ", beyond its 95% intervals.")
    }
}
