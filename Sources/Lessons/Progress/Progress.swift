/// What a learner has done: sections read, lab blocks run, quiz scores and review cards.
package struct Progress: Codable, Sendable, Hashable {
    /// The version of this file's layout.
    package var version = 1
    package var sectionsRead: [String] = []
    package var labBlocksRun: [String] = []
    package var quizScores: [QuizScore] = []
    package var reviewCards: [ReviewCard] = []
    /// Predictions made before runs and graded after them, oldest first.
    package var predictions: [PredictionRecord] = []

    /// One finished quiz.
    package struct QuizScore: Codable, Sendable, Hashable {
        package var quiz: String
        package var points: Double
        package var maxPoints: Double
        package var day: Int
    }

    package init() {}

    enum CodingKeys: String, CodingKey {
        case version
        case sectionsRead = "sections_read"
        case labBlocksRun = "lab_blocks_run"
        case quizScores = "quiz_scores"
        case reviewCards = "review_cards"
        case predictions
    }

    /// Reads a progress file; files written before predictions existed have none.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        sectionsRead = try container.decode([String].self, forKey: .sectionsRead)
        labBlocksRun = try container.decode([String].self, forKey: .labBlocksRun)
        quizScores = try container.decode([QuizScore].self, forKey: .quizScores)
        reviewCards = try container.decode([ReviewCard].self, forKey: .reviewCards)
        predictions = try container.decodeIfPresent([PredictionRecord].self, forKey: .predictions) ?? []
    }

    /// Notes that `section` (such as `2.2`) was read.
    package mutating func markRead(_ section: String) {
        if !sectionsRead.contains(section) { sectionsRead.append(section) }
    }

    /// Notes that the lab block `id` was run.
    package mutating func markLabRun(_ id: String) {
        if !labBlocksRun.contains(id) { labBlocksRun.append(id) }
    }

    /// Records a finished quiz (not a paper) on `day`: its score, and its answers for review.
    package mutating func recordQuiz(_ session: QuizSession, day: Int) {
        guard !session.quiz.isPaper else { return }
        let summary = session.summary
        quizScores.append(
            QuizScore(quiz: session.quiz.id, points: summary.points, maxPoints: summary.maxPoints, day: day))
        recordAnswers(session, day: day)
    }

    /// Updates review cards from a session's answers: a card's answer is a review; a new miss makes a card due on `day`.
    package mutating func recordAnswers(_ session: QuizSession, day: Int) {
        for outcome in session.outcomes {
            guard let verdict = outcome.score?.verdict, verdict != .ungraded else { continue }
            let quality = ReviewCard.quality(of: verdict)
            if let index = reviewCards.firstIndex(where: {
                $0.quiz == session.quiz.id && $0.question == outcome.questionID
            }) {
                reviewCards[index].review(quality: quality, day: day)
            } else if quality < 5 {
                reviewCards.append(ReviewCard(quiz: session.quiz.id, question: outcome.questionID, day: day))
            }
        }
    }

    /// The cards due on or before `day`, earliest first (then by quiz and question).
    package func dueCards(day: Int) -> [ReviewCard] {
        reviewCards.filter { $0.dueDay <= day }.sorted {
            ($0.dueDay, $0.quiz, $0.question) < ($1.dueDay, $1.quiz, $1.question)
        }
    }
}
