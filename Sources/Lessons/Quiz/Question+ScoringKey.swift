/// A question with its accepted answers normalised once, to score many sheets: each given answer is then
/// normalised once, not once per choice it is compared with.
package struct ScoringKey: Sendable {
    package let question: Question
    /// `ShortAnswerMatcher.normalized` of each choice (multiple choice and answers) or each pair's right side (matching).
    private let forms: [String]
    private let patterns: [ShortAnswerMatcher.Pattern]
    private let rightAnswer: String

    package init(_ question: Question) {
        self.question = question
        switch question.kind {
        case .multipleChoice(let choices), .multipleAnswers(let choices):
            forms = choices.map { ShortAnswerMatcher.normalized($0.text) }
        case .matching(let pairs): forms = pairs.map { ShortAnswerMatcher.normalized($0.right) }
        default: forms = []
        }
        if case .shortAnswer(let answers) = question.kind {
            patterns = answers.map { ShortAnswerMatcher.Pattern($0.text) }
        } else {
            patterns = []
        }
        rightAnswer = question.rightAnswer
    }

    /// What `Question.score(_:)` says of `response`.
    package func score(_ response: Response?) -> Score {
        let weight = question.weight
        if case .essay = question.kind { return Score(verdict: .ungraded, weight: weight, rightAnswer: rightAnswer) }
        guard let response else { return Score(verdict: .unanswered, weight: weight, rightAnswer: rightAnswer) }
        let (fraction, feedback) = credit(response)
        return Score(fraction: fraction, weight: weight, feedback: feedback.compactMap { $0 }, rightAnswer: rightAnswer)
    }

    private func credit(_ response: Response) -> (Double, [String?]) {
        switch (question.kind, response) {
        case (.multipleChoice(let choices), .text(let text)):
            let match =
                choices.first { $0.text == text }
                ?? forms.firstIndex(of: ShortAnswerMatcher.normalized(text)).map { choices[$0] }
            return (match?.fraction ?? 0, [match?.feedback])
        case (.multipleAnswers(let choices), .texts(let texts)):
            // NB: learners tick the key's own spellings; normalising each again was 6% of grading a sheet (callgrind).
            let given = Set(
                texts.map { text in
                    choices.firstIndex { $0.text == text }.map { forms[$0] } ?? ShortAnswerMatcher.normalized(text)
                })
            let ticked = choices.indices.filter { given.contains(forms[$0]) }.map { choices[$0] }
            return (min(1, max(0, ticked.map(\.fraction).reduce(0, +))), ticked.map(\.feedback))
        case (.trueFalse(let answer), .bool(let value)):
            let isRight = value == answer.isTrue
            return (isRight ? 1 : 0, [isRight ? answer.feedbackWhenRight : answer.feedbackWhenWrong])
        case (.shortAnswer(let answers), .text(let text)):
            let prepared = ShortAnswerMatcher.prepared(text)
            let match = patterns.firstIndex { $0.matches(prepared) }.map { answers[$0] }
            return (match?.fraction ?? 0, [match?.feedback])
        case (.numerical(let answers), .number(let value)):
            let match = answers.first { $0.accepts(value) }
            return (match?.fraction ?? 0, [match?.feedback])
        case (.matching(let pairs), .pairs(let chosen)):
            let asked = pairs.indices.filter { !pairs[$0].left.isEmpty }
            let right = asked.filter { index in
                chosen[pairs[index].left].map {
                    $0 == pairs[index].right || forms[index] == ShortAnswerMatcher.normalized($0)
                }
                    ?? false
            }
            return (asked.isEmpty ? 0 : Double(right.count) / Double(asked.count), [])
        default:
            return (0, [])
        }
    }
}
