/// The order a learner sees a question's choices in: a permutation fixed by the learner, the quiz and the question.
///
/// The same learner sees the same order on every run; another learner (or another paper) most
/// likely sees another. Sheets record the chosen text, so grading never depends on the order.
package struct ChoiceOrder: Sendable, Hashable {
    /// What the order is derived from: a learner's name, or a paper's name.
    package var seed: String

    package init(seed: String) {
        self.seed = seed
    }

    /// The indices `0..<count` shuffled for `question` of `quiz` (Fisher-Yates over SplitMix64).
    package func permutation(count: Int, quiz: String, question: String) -> [Int] {
        let digest = SHA256.digest(of: Array("\(seed)\u{0}\(quiz)\u{0}\(question)".utf8))
        var random = SplitMix64(seed: digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
        var order = Array(0..<count)
        for index in stride(from: count - 1, to: 0, by: -1) {
            order.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
        return order
    }

    /// `question` with its choices (or matching options) in this order; scoring is unchanged, as it goes by text.
    ///
    /// The permutation is applied to the choices sorted by text, so the order shown depends on the set
    /// of choices only, never on where the key wrote its right answer.
    package func apply(to question: Question, quiz: String) -> Question {
        var shuffled = question
        func reorder<T>(_ items: [T], by text: (T) -> String) -> [T] {
            let sorted = items.enumerated().sorted { (text($0.element), $0.offset) < (text($1.element), $1.offset) }
                .map(\.element)
            return permutation(count: items.count, quiz: quiz, question: question.id).map { sorted[$0] }
        }
        switch question.kind {
        case .multipleChoice(let choices): shuffled.kind = .multipleChoice(reorder(choices, by: \.text))
        case .multipleAnswers(let choices): shuffled.kind = .multipleAnswers(reorder(choices, by: \.text))
        case .matching(let pairs):
            // NB: the options come first so that `options` (first appearance) is the shuffled order.
            let options = reorder(pairs.options) { $0 }.map { MatchPair(left: "", right: $0) }
            shuffled.kind = .matching(options + pairs.filter { !$0.left.isEmpty })
        default: break
        }
        return shuffled
    }
}
