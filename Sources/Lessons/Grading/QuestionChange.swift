/// How a question of the key differs from the one a sheet's learner was shown.
package enum QuestionChange: String, Sendable, Hashable, CaseIterable {
    /// Its text, kind or choices changed since the sheet was written: regraded where the answer still fits.
    case edited
    /// It was not on the learner's paper: counted as unanswered.
    case added
}

extension Question {
    /// True when `response` can still be scored against this question: the right type, and every
    /// chosen choice, matched item and option still in the question.
    package func fits(_ response: Response) -> Bool {
        guard accepts(response) else { return false }
        let texts = Set(kind.choices.map { ShortAnswerMatcher.normalized($0.text) })
        switch (kind, response) {
        case (.multipleChoice, .text(let chosen)): return texts.contains(ShortAnswerMatcher.normalized(chosen))
        case (.multipleAnswers, .texts(let chosen)):
            return chosen.allSatisfy { texts.contains(ShortAnswerMatcher.normalized($0)) }
        case (.matching(let pairs), .pairs(let matched)):
            let prompts = Set(pairs.prompts)
            let options = Set(pairs.options)
            return matched.allSatisfy { prompts.contains($0.key) && options.contains($0.value) }
        default: return true
        }
    }
}

extension Quiz {
    /// `QuizPaper.digest(of:)` of each answerable question, by id.
    package var questionDigests: [String: String] {
        Dictionary(answerable.map { ($0.id, QuizPaper.digest(of: $0)) }) { first, _ in first }
    }
}
