import LabText

extension Question {
    /// The score of `response` by Moodle's rules: partial credit by percentage (multiple answers clamped to [0, 1],
    /// a single choice may be negative);
    /// short answers matched after normalisation; numbers within tolerance; the first match wins.
    package func score(_ response: Response?) -> Score {
        ScoringKey(self).score(response)
    }

    /// The right answer as text: the best choice (or the credited ones), `true`/`false`, the first full-credit text or number.
    package var rightAnswer: String {
        switch kind {
        case .description: ""
        case .essay: "(graded by hand)"
        case .multipleChoice(let choices): choices.max { $0.fraction < $1.fraction }?.text ?? ""
        case .multipleAnswers(let choices): choices.filter { $0.fraction > 0 }.map(\.text).joined(separator: "; ")
        case .trueFalse(let answer): answer.isTrue ? "true" : "false"
        case .shortAnswer(let answers): answers.max { $0.fraction < $1.fraction }?.text ?? ""
        case .numerical(let answers): answers.max { $0.fraction < $1.fraction }?.displayText ?? ""
        case .matching(let pairs):
            pairs.filter { !$0.left.isEmpty }.map { "\($0.left) → \($0.right)" }.joined(separator: "; ")
        }
    }
}

extension NumericAnswer {
    /// True when `x` is within the tolerance: `value - t' <= x <= value + t'`, `t'` the tolerance plus a tiny epsilon.
    package func accepts(_ x: Double) -> Bool {
        guard !matchesAnything else { return true }
        let slack = abs(tolerance) + 1e-9 * max(1, abs(value))
        return value - slack <= x && x <= value + slack
    }

    /// `3.14`, or `3.14 ± 0.01`.
    package var displayText: String {
        guard !matchesAnything else { return "*" }
        let center = DecimalText.format(value, digits: 6)
        return tolerance == 0 ? center : "\(center) ± \(DecimalText.format(tolerance, digits: 6))"
    }
}
