/// How a response fared.
package enum Verdict: String, Sendable, Hashable, Codable {
    case correct, partial, wrong, unanswered
    /// An essay: collected and graded by hand.
    case ungraded

    /// Moodle's graded state of a fraction: above 0.999999 right, below 0.000001 wrong, else partial
    /// (`question_state::graded_state_for_fraction`).
    package init(fraction: Double) {
        self = fraction > 0.999999 ? .correct : fraction < 0.000001 ? .wrong : .partial
    }
}

/// The result of scoring one response against one question.
package struct Score: Sendable, Hashable {
    package var verdict: Verdict
    /// Points earned, `fraction * maxPoints` (negative for a penalised single choice).
    package var points: Double
    package var maxPoints: Double
    /// Credit in [-1, 1]: below 0 only for a single choice with a negative weight, as in Moodle.
    package var fraction: Double
    /// The feedback of the matched answers, in the key's order.
    package var feedback: [String]
    /// The right answer as text to show the learner.
    package var rightAnswer: String

    /// Verdict from `fraction` by Moodle's thresholds, points from the question's weight.
    init(fraction raw: Double, weight: Double, feedback: [String], rightAnswer: String) {
        let fraction = min(1, max(-1, raw))
        self.fraction = fraction
        self.points = fraction * weight
        self.maxPoints = weight
        self.feedback = feedback
        self.rightAnswer = rightAnswer
        self.verdict = Verdict(fraction: fraction)
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
