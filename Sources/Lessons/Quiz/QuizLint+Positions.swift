import LabText

extension QuizLint {
    /// Questions needed before positions are judged.
    static let positionSample = 4

    /// Right answers of single-answer questions bunched in one position, or too often the longest choice.
    static func positionProblems(_ quiz: Quiz) -> [(line: Int, message: Localized)] {
        let questions = quiz.answerable.compactMap { question -> (Question, [Choice])? in
            guard case .multipleChoice(let choices) = question.kind, choices.count > 1 else { return nil }
            return (question, choices)
        }
        guard questions.count >= positionSample, let first = questions.first?.0 else { return [] }
        var problems: [(Int, Localized)] = []
        let positions = questions.compactMap { $0.1.firstIndex { $0.fraction >= 1 } }
        let counts = Dictionary(grouping: positions) { $0 }.mapValues(\.count)
        if let (position, count) = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
            count * 2 > questions.count
        {
            let letter = String(Character(UnicodeScalar(UInt8(97 + min(position, 25)))))
            let message = Localized(
                en: "the right answer is choice \(letter) in \(count) of \(questions.count) single-answer questions; "
                    + "move right answers to other positions (learners who import with shuffling off can guess them)",
                ko: "답이 하나인 문제 \(questions.count)개 중 \(count)개에서 정답이 \(letter)번 보기입니다. "
                    + "정답을 다른 자리로 옮기세요(섞기를 끄고 가져오면 학습자가 알아맞힐 수 있습니다)")
            problems.append((first.line, message))
        }
        let longest = questions.filter { _, choices in
            guard let right = choices.first(where: { $0.fraction >= 1 }) else { return false }
            return choices.allSatisfy { $0 == right || $0.text.count < right.text.count }
        }
        if longest.count * 2 > questions.count {
            let ids = longest.map(\.0.id).joined(separator: ", ")
            let message = Localized(
                en: "the right answer is the longest choice in \(longest.count) of \(questions.count) single-answer questions "
                    + "(\(ids)); shorten it or make the distractors as specific",
                ko: "답이 하나인 문제 \(questions.count)개 중 \(longest.count)개(\(ids))에서 정답이 가장 긴 보기입니다. "
                    + "정답을 줄이거나 오답도 그만큼 구체적으로 쓰세요")
            problems.append((first.line, message))
        }
        return problems
    }
}
