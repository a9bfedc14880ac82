extension QuizLint {
    /// Questions needed before positions are judged.
    static let positionSample = 4

    /// Right answers of single-answer questions bunched in one position, or too often the longest choice.
    static func positionProblems(_ quiz: Quiz) -> [(line: Int, message: String)] {
        let questions = quiz.answerable.compactMap { question -> (Question, [Choice])? in
            guard case .multipleChoice(let choices) = question.kind, choices.count > 1 else { return nil }
            return (question, choices)
        }
        guard questions.count >= positionSample, let first = questions.first?.0 else { return [] }
        var problems: [(Int, String)] = []
        let positions = questions.compactMap { $0.1.firstIndex { $0.fraction >= 1 } }
        let counts = Dictionary(grouping: positions) { $0 }.mapValues(\.count)
        if let (position, count) = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
            count * 2 > questions.count
        {
            let letter = String(Character(UnicodeScalar(UInt8(97 + min(position, 25)))))
            problems.append(
                (
                    first.line,
                    "the right answer is choice \(letter) in \(count) of \(questions.count) single-answer questions; "
                        + "move right answers to other positions (learners who import with shuffling off can guess them)"
                ))
        }
        let longest = questions.filter { _, choices in
            guard let right = choices.first(where: { $0.fraction >= 1 }) else { return false }
            return choices.allSatisfy { $0 == right || $0.text.count < right.text.count }
        }
        if longest.count * 2 > questions.count {
            problems.append(
                (
                    first.line,
                    "the right answer is the longest choice in \(longest.count) of \(questions.count) single-answer questions "
                        + "(\(longest.map(\.0.id).joined(separator: ", "))); shorten it or make the distractors as specific"
                ))
        }
        return problems
    }
}
