import Foundation

/// One run through a quiz, one question at a time, with no I/O: the REPL shows `current`,
/// passes typed text to `answer(_:)`, and prints the outcome.
package struct QuizSession: Sendable {
    package let quiz: Quiz
    private let steps: [(question: Question, preamble: [String])]
    private let closingNotes: [String]
    package private(set) var outcomes: [AnswerOutcome] = []

    /// A session over the whole quiz, or over `questionIDs` in that order (a review); unknown ids are left out.
    ///
    /// Choices are shown in `order` (a paper keeps the order it was printed in).
    package init(quiz: Quiz, questionIDs: [String]? = nil, order: ChoiceOrder? = nil) {
        self.quiz = quiz
        var steps: [(Question, [String])] = []
        var pending: [String] = []
        for question in quiz.questions {
            if question.kind == .description {
                pending.append(question.text)
            } else {
                let shown = quiz.isPaper ? question : order.map { $0.apply(to: question, quiz: quiz.id) } ?? question
                steps.append((shown, pending))
                pending = []
            }
        }
        if let questionIDs {
            steps = questionIDs.compactMap { id in steps.first { $0.0.id == id }.map { ($0.0, []) } }
            pending = []
        }
        self.steps = steps
        closingNotes = pending
    }

    package var isFinished: Bool { outcomes.count >= steps.count }

    /// The question to show now, or nil when the session is over.
    package var current: QuestionPresentation? {
        guard !isFinished else { return nil }
        let step = steps[outcomes.count]
        return QuestionPresentation(
            question: step.question, number: outcomes.count + 1, total: steps.count, preamble: step.preamble)
    }

    /// Answers the current question with what the learner typed; a problem leaves the question current.
    package mutating func answer(_ typed: String) throws(AnswerProblem) -> AnswerOutcome {
        precondition(!isFinished, "answer(\"\(typed)\") after the last of \(steps.count) questions")
        let question = steps[outcomes.count].question
        return record(question, try AnswerInterpreter.interpret(typed, for: question))
    }

    /// Leaves the current question unanswered and moves on.
    package mutating func skip() -> AnswerOutcome {
        precondition(!isFinished, "skip() after the last of \(steps.count) questions")
        return record(steps[outcomes.count].question, nil)
    }

    /// Takes back the answers of a draft: questions answered in `answers`, in order, up to the first one without an answer.
    package mutating func resume(_ answers: [String: Response]) {
        while !isFinished, let response = answers[steps[outcomes.count].question.id] {
            _ = record(steps[outcomes.count].question, response)
        }
    }

    /// The question at `index` (0-based) as shown, to answer it again with `revise(at:with:)`.
    package func presentation(at index: Int) -> QuestionPresentation {
        QuestionPresentation(question: steps[index].question, number: index + 1, total: steps.count, preamble: [])
    }

    /// Replaces the answer at `index` with what the learner typed now.
    package mutating func revise(at index: Int, with typed: String) throws(AnswerProblem) {
        precondition(outcomes.indices.contains(index), "revise(at: \(index)) with \(outcomes.count) answers")
        let question = steps[index].question
        let response = try AnswerInterpreter.interpret(typed, for: question)
        outcomes[index] = outcome(question, response)
    }

    private mutating func record(_ question: Question, _ response: Response?) -> AnswerOutcome {
        let outcome = outcome(question, response)
        outcomes.append(outcome)
        return outcome
    }

    private func outcome(_ question: Question, _ response: Response?) -> AnswerOutcome {
        var outcome = AnswerOutcome(questionID: question.id, response: response, score: nil, explanation: [])
        if !quiz.isPaper {
            let score = question.score(response)
            outcome.score = score
            outcome.explanation = score.feedback + [question.generalFeedback].compactMap { $0 }
        }
        return outcome
    }

    /// The score so far (everything once finished).
    package var summary: QuizSummary {
        let scores = outcomes.compactMap(\.score)
        let missed = outcomes.filter { [.wrong, .partial, .unanswered].contains($0.score?.verdict) }.map(\.questionID)
        let ungraded = outcomes.filter { $0.score?.verdict == .ungraded }.map(\.questionID)
        return QuizSummary(
            points: max(0, scores.map(\.points).reduce(0, +)), maxPoints: scores.map(\.maxPoints).reduce(0, +),
            answered: outcomes.filter { $0.response != nil }.count, total: steps.count, missed: missed,
            ungraded: ungraded, closingNotes: isFinished ? closingNotes : [], isPaper: quiz.isPaper)
    }

    /// The answer sheet of this session for `learner`, stamped `submittedAt` by the caller.
    package func sheet(learner: String, submittedAt: Date) -> AnswerSheet {
        var answers: [String: Response] = [:]
        for outcome in outcomes {
            if let response = outcome.response { answers[outcome.questionID] = response }
        }
        return AnswerSheet(quiz: quiz, learner: learner, submittedAt: submittedAt, answers: answers)
    }
}
