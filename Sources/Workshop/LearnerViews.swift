import Lessons

/// What a learner's page is told on joining or reloading: who they are and which quizzes there are.
struct SessionView: Encodable {
    struct QuizEntry: Encodable {
        var id: String
        var state: QuizState
        var questions: Int
    }

    var learner: String
    /// The new session token, sent once, on joining.
    var session: String?
    var mode: WorkshopMode
    var quizzes: [QuizEntry]

    init(learner: String, session: String?, workshop: Workshop) throws {
        self.learner = learner
        self.session = session
        mode = workshop.mode
        let states = Dictionary(try workshop.store.quizzes().map { ($0.id, $0.state) }) { first, _ in first }
        quizzes = workshop.keys.map {
            QuizEntry(id: $0.id, state: states[$0.id] ?? .closed, questions: $0.answerable.count)
        }
    }
}

/// A learner's paper (choices in their own order, no answers), their answers so far, and their results when allowed.
struct PaperView: Encodable {
    var quiz: String
    var state: QuizState
    var mode: WorkshopMode
    var paper: QuizPaper
    var answers: [String: Response]
    var submissions: Int
    /// Safe HTML of the questions written as `[html]` or `[markdown]`, by question id.
    var rich: [String: String]
    /// Scores and feedback per question: in practice mode, or in exam mode once released; else absent.
    var results: [String: ResultView]?

    init(key: Quiz, learner: String, workshop: Workshop) throws {
        quiz = key.id
        state = try workshop.state(key.id)
        mode = workshop.mode
        paper = QuizPaper(key: key, order: ChoiceOrder(seed: learner))
        rich = Dictionary(
            paper.questions.filter { $0.format == .html || $0.format == .markdown }.map {
                ($0.id, QuestionHTML.page($0.text, format: $0.format))
            }
        ) { first, _ in first }
        let stored = try workshop.store.answers(quiz: key.id, learner: learner)
        answers = Dictionary(stored.map { ($0.question, $0.response) }) { _, last in last }
        submissions = try workshop.store.submissions(quiz: key.id).filter { $0.learner == learner }.count
        guard try workshop.showsResults(key.id) else { return }
        var results: [String: ResultView] = [:]
        for question in key.answerable {
            results[question.id] = ResultView(question: question, response: answers[question.id])
        }
        self.results = results
    }
}

/// How one answer fared: the verdict, points, the right answer and the explanations.
struct ResultView: Encodable {
    var verdict: Verdict
    var points: Double
    var max: Double
    var rightAnswer: String
    var feedback: [String]

    enum CodingKeys: String, CodingKey {
        case verdict, points, max
        case rightAnswer = "right_answer"
        case feedback
    }

    init(question: Question, response: Response?) {
        let score = question.score(response)
        verdict = score.verdict
        points = score.points
        max = score.maxPoints
        rightAnswer = score.rightAnswer
        feedback = score.feedback + [question.generalFeedback].compactMap { $0 }
    }
}

/// The reply to a saved answer; `result` only when results may be shown.
struct SavedView: Encodable {
    var saved: Bool
    var result: ResultView?
}
