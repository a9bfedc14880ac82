/// A key made ready to grade many sheets: its question digests, ids and scoring keys computed once.
package struct GradingKey: Sendable {
    package let quiz: Quiz
    /// `quiz.questionDigests`.
    package let digests: [String: String]
    /// The answerable questions in key order, each with its accepted answers normalised.
    package let scoring: [ScoringKey]
    /// The ids of every question of the key, descriptions included.
    let ids: Set<String>

    package init(_ quiz: Quiz) {
        self.quiz = quiz
        digests = quiz.questionDigests
        scoring = quiz.answerable.map(ScoringKey.init)
        ids = Set(quiz.questions.map(\.id))
    }
}
