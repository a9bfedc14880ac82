/// How a response fared.
package enum Verdict: String, Sendable, Hashable, Codable {
    case correct, partial, wrong, unanswered
    /// An essay: collected and graded by hand.
    case ungraded
}

/// The result of scoring one response against one question.
package struct Score: Sendable, Hashable {
    package var verdict: Verdict
    /// Points earned, `fraction * maxPoints`.
    package var points: Double
    package var maxPoints: Double
    /// Credit in [0, 1] (never below 0).
    package var fraction: Double
    /// The feedback of the matched answers, in the key's order.
    package var feedback: [String]
    /// The right answer as text to show the learner.
    package var rightAnswer: String

    /// Verdict from `fraction`, points from the question's weight.
    init(fraction raw: Double, weight: Double, feedback: [String], rightAnswer: String) {
        let fraction = min(1, max(0, raw))
        self.fraction = fraction
        self.points = fraction * weight
        self.maxPoints = weight
        self.feedback = feedback
        self.rightAnswer = rightAnswer
        self.verdict = fraction >= 1 - 1e-9 ? .correct : fraction > 1e-9 ? .partial : .wrong
    }

    init(verdict: Verdict, weight: Double, rightAnswer: String) {
        self.verdict = verdict
        self.points = 0
        self.maxPoints = verdict == .ungraded ? 0 : weight
        self.fraction = 0
        self.feedback = []
        self.rightAnswer = rightAnswer
    }
}
