import Foundation
import Lessons

/// The instructor's view of the workshop: who joined, progress per learner and question, live item statistics.
struct DashboardView: Encodable {
    struct LearnerEntry: Encodable {
        var name: String
        var joined_at: String
    }

    struct QuizEntry: Encodable {
        var id: String
        var state: QuizState
        var questions: [QuestionEntry]
        var progress: [ProgressEntry]
        var reliability: Double?
    }

    struct QuestionEntry: Encodable {
        var id: String
        var kind: String
        var answered: Int
        var facility: Double?
        var discrimination: Double?
        var responses: ResponseCounts
    }

    struct ProgressEntry: Encodable {
        var learner: String
        var answered: Int
        var total: Int
        var submissions: Int
        var score: Double?
        var max: Double?
    }

    var code: String
    var mode: WorkshopMode
    var learners: [LearnerEntry]
    var quizzes: [QuizEntry]

    init(workshop: Workshop) throws {
        code = workshop.code
        mode = workshop.mode
        let joined = try workshop.store.learners()
        learners = joined.map { LearnerEntry(name: $0.name, joined_at: $0.joinedAt) }
        let stored = try workshop.store.quizzes()
        quizzes = try stored.compactMap { quiz in
            try workshop.key(quiz.id).map {
                try Self.entry(quiz, key: $0, learners: joined.map(\.name), store: workshop.store)
            }
        }
    }

    /// One quiz's live figures, graded by the grading code from everyone's current answers.
    private static func entry(_ quiz: StoredQuiz, key: Quiz, learners: [String], store: WorkshopStore) throws
        -> QuizEntry
    {
        let answers = try store.answers(quiz: quiz.id)
        let byLearner = Dictionary(grouping: answers, by: \.learner)
        let submitted = Dictionary(grouping: try store.submissions(quiz: quiz.id), by: \.learner)
        let sheets = byLearner.keys.sorted().enumerated().map { index, learner in
            GradingAdapter.Sheet(
                number: index + 1, learner: learner,
                answers: Dictionary(byLearner[learner, default: []].map { ($0.question, $0.response) }) { _, last in
                    last
                },
                submittedAt: "")
        }
        let live = try LiveStatistics(quiz: quiz, sheets: sheets)
        let questions = key.answerable.map { question in
            let given = answers.filter { $0.question == question.id }.map(\.response)
            let item = live.items[question.id]
            return QuestionEntry(
                id: question.id, kind: question.kind.name, answered: given.count, facility: item?.facility,
                discrimination: item?.discrimination, responses: ResponseCounts(question: question, responses: given))
        }
        let progress = learners.map { learner in
            ProgressEntry(
                learner: learner, answered: byLearner[learner]?.count ?? 0, total: key.answerable.count,
                submissions: submitted[learner]?.count ?? 0, score: live.scores[learner]?.score,
                max: live.scores[learner]?.max)
        }
        return QuizEntry(
            id: quiz.id, state: quiz.state, questions: questions, progress: progress, reliability: live.reliability)
    }
}
