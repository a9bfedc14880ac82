extension Question {
    /// The score of `response` by Moodle's rules: partial credit by percentage (multiple answers clamped to [0, 1],
    /// a single choice may be negative);
    /// short answers matched after normalisation; numbers within tolerance; the first match wins.
    package func score(_ response: Response?) -> Score {
        if case .essay = kind { return Score(verdict: .ungraded, weight: weight, rightAnswer: rightAnswer) }
        guard let response else { return Score(verdict: .unanswered, weight: weight, rightAnswer: rightAnswer) }
        let (fraction, feedback) = credit(response)
        return Score(fraction: fraction, weight: weight, feedback: feedback.compactMap { $0 }, rightAnswer: rightAnswer)
    }

    private func credit(_ response: Response) -> (Double, [String?]) {
        switch (kind, response) {
        case (.multipleChoice(let choices), .text(let text)):
            let match = choices.first { $0.text == text } ?? choices.first { same($0.text, text) }
            return (match?.fraction ?? 0, [match?.feedback])
        case (.multipleAnswers(let choices), .texts(let texts)):
            let ticked = choices.filter { choice in texts.contains { same(choice.text, $0) } }
            return (min(1, max(0, ticked.map(\.fraction).reduce(0, +))), ticked.map(\.feedback))
        case (.trueFalse(let answer), .bool(let value)):
            let isRight = value == answer.isTrue
            return (isRight ? 1 : 0, [isRight ? answer.feedbackWhenRight : answer.feedbackWhenWrong])
        case (.shortAnswer(let answers), .text(let text)):
            let match = answers.first { ShortAnswerMatcher.matches(pattern: $0.text, given: text) }
            return (match?.fraction ?? 0, [match?.feedback])
        case (.numerical(let answers), .number(let value)):
            let match = answers.first { $0.accepts(value) }
            return (match?.fraction ?? 0, [match?.feedback])
        case (.matching(let pairs), .pairs(let chosen)):
            let asked = pairs.filter { !$0.left.isEmpty }
            let right = asked.filter { pair in chosen[pair.left].map { same(pair.right, $0) } ?? false }
            return (asked.isEmpty ? 0 : Double(right.count) / Double(asked.count), [])
        default:
            return (0, [])
        }
    }

    private func same(_ accepted: String, _ given: String) -> Bool {
        ShortAnswerMatcher.normalized(accepted) == ShortAnswerMatcher.normalized(given)
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
