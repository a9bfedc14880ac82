/// What happened to one answer in a session.
package struct AnswerOutcome: Sendable, Hashable {
    package var questionID: String
    /// Nil when the question was skipped.
    package var response: Response?
    /// The score, or nil on a paper (results are only "submitted").
    package var score: Score?
    /// The matched feedback, then the general feedback (empty on a paper).
    package var explanation: [String]

    /// True when taken from a paper, where nothing is revealed.
    package var isSubmittedOnly: Bool { score == nil }
}

/// The end of a session: score and what to review.
package struct QuizSummary: Sendable, Hashable {
    package var points: Double
    /// The points of the auto-graded questions (essays are not counted).
    package var maxPoints: Double
    package var answered: Int
    package var total: Int
    /// Questions answered wrongly, partly or not at all, in order: the review candidates.
    package var missed: [String]
    /// Essays waiting for a human grader.
    package var ungraded: [String]
    /// Descriptions after the last question, to show at the end.
    package var closingNotes: [String]
    /// True on a paper: only "submitted" may be shown.
    package var isPaper: Bool
}
