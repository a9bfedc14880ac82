/// What a question asks for, with its answers and their credit.
package enum QuestionKind: Sendable, Hashable {
    /// Text only, nothing to answer.
    case description
    /// Free text, graded by hand.
    case essay
    /// Exactly one choice is picked.
    case multipleChoice([Choice])
    /// Any number of choices are ticked; their fractions add up.
    case multipleAnswers([Choice])
    case trueFalse(TrueFalseAnswer)
    /// Accepted answers in order; the first match wins.
    case shortAnswer([ShortAnswer])
    /// Accepted values in order; the first match wins.
    case numerical([NumericAnswer])
    /// Each left item is matched to one right item; pairs with an empty left are distractors.
    case matching([MatchPair])

    /// The name used in papers, reports and messages.
    package var name: String {
        switch self {
        case .description: "description"
        case .essay: "essay"
        case .multipleChoice: "multiple_choice"
        case .multipleAnswers: "multiple_answers"
        case .trueFalse: "true_false"
        case .shortAnswer: "short_answer"
        case .numerical: "numerical"
        case .matching: "matching"
        }
    }

    /// The choices of a multiple choice or multiple answers question, else empty.
    package var choices: [Choice] {
        switch self {
        case .multipleChoice(let choices), .multipleAnswers(let choices): choices
        default: []
        }
    }
}

/// A choice of a multiple choice question.
package struct Choice: Sendable, Hashable {
    /// The text as written in the quiz, unescaped.
    package var text: String
    /// Credit in [-1, 1] (`=` is 1, `~` is 0, `~%50%` is 0.5).
    package var fraction: Double
    package var feedback: String?

    package init(text: String, fraction: Double, feedback: String? = nil) {
        self.text = text
        self.fraction = fraction
        self.feedback = feedback
    }
}

/// The answer of a true/false question with its two feedbacks.
package struct TrueFalseAnswer: Sendable, Hashable {
    package var isTrue: Bool
    /// Shown when the learner answers wrongly (the first `#`).
    package var feedbackWhenWrong: String?
    /// Shown when the learner answers rightly (the second `#`).
    package var feedbackWhenRight: String?

    package init(isTrue: Bool, feedbackWhenWrong: String? = nil, feedbackWhenRight: String? = nil) {
        self.isTrue = isTrue
        self.feedbackWhenWrong = feedbackWhenWrong
        self.feedbackWhenRight = feedbackWhenRight
    }
}

/// An accepted short answer.
package struct ShortAnswer: Sendable, Hashable {
    package var text: String
    package var fraction: Double
    package var feedback: String?

    package init(text: String, fraction: Double = 1, feedback: String? = nil) {
        self.text = text
        self.fraction = fraction
        self.feedback = feedback
    }
}

/// An accepted numerical answer: `value ± tolerance` (a range `min..max` is stored as its midpoint and half-width).
package struct NumericAnswer: Sendable, Hashable {
    package var value: Double
    package var tolerance: Double
    package var fraction: Double
    package var feedback: String?
    /// Moodle's catch-all `*` (written `~#feedback`): any number matches it.
    package var matchesAnything: Bool

    package init(
        value: Double, tolerance: Double = 0, fraction: Double = 1, feedback: String? = nil,
        matchesAnything: Bool = false
    ) {
        self.value = value
        self.tolerance = tolerance
        self.fraction = fraction
        self.feedback = feedback
        self.matchesAnything = matchesAnything
    }
}

/// One `=left -> right` pair of a matching question; an empty `left` is a distractor on the right.
package struct MatchPair: Sendable, Hashable {
    package var left: String
    package var right: String

    package init(left: String, right: String) {
        self.left = left
        self.right = right
    }
}

extension [MatchPair] {
    /// The items to match, in the key's order (distractors left out).
    package var prompts: [String] { filter { !$0.left.isEmpty }.map(\.left) }

    /// The distinct right items, in the key's order (a paper's items have an empty right).
    package var options: [String] {
        var seen: Set<String> = []
        return map(\.right).filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
