import Experiments
import Lessons
import Terminal

/// Asks a quiz's questions at the terminal: one at a time, lettered choices, result and explanation.
struct QuizRunner {
    /// How a run ended.
    enum End: Equatable {
        /// Every question was answered or skipped (and on a paper, the review was accepted).
        case finished
        /// Ctrl-C, Ctrl-D or `quit` before the end: the answers so far are still in `quiz`.
        case stopped
    }

    let session: Session
    var quiz: QuizSession
    /// Called before a question is first shown; returning false stops the run (`review` offers an experiment here).
    var beforeQuestion: ((QuestionPresentation) -> Bool)?
    /// Called with each answer as soon as it is given or changed (`quiz --join` sends it to the server here).
    var afterAnswer: ((AnswerOutcome) -> Void)?

    init(session: Session, quiz: QuizSession) {
        self.session = session
        self.quiz = quiz
    }

    /// Asks every question that has no answer yet; a paper ends with a review of the answers.
    mutating func run() throws -> End {
        guard let read = session.answerReader else {
            throw LabError.usage(
                session.text(en: "quiz: answering needs a terminal", ko: "quiz: 답하려면 터미널이 필요합니다"),
                hint: session.text(
                    en: "give --answers FILE (one 'id: answer' per line)",
                    ko: "--answers FILE을 주세요 (한 줄에 'id: 답')"))
        }
        let view = QuizView(session: session)
        var shown: String?
        while let question = quiz.current {
            if shown != question.id {
                if let beforeQuestion, !beforeQuestion(question) { return .stopped }
                view.show(question)
                shown = question.id
            }
            guard let typed = AnswerPrompt(session: session, read: read).read(question) else { return .stopped }
            if typed == "quit" { return .stopped }
            if typed == "skip" {
                view.show(quiz.skip(), of: question)
                continue
            }
            if Self.isLabCommand(typed) {
                runLabCommand(typed)
                continue
            }
            do {
                let outcome = try quiz.answer(typed)
                view.show(outcome, of: question)
                afterAnswer?(outcome)
            } catch {
                session.printWrapped(session.text(en: error.message.en, ko: error.message.ko))
            }
        }
        if quiz.quiz.isPaper, !reviewPaper(read, view) { return .stopped }
        view.showSummary(quiz.summary)
        return .finished
    }

    /// Whether an answer line is a lab command to run first (`run cap mode=cp`, `design run 2.1`).
    static func isLabCommand(_ line: String) -> Bool {
        let first = line.split(separator: " ").first.map(String.init) ?? ""
        return line == "compare" || (["run", "design", "params"].contains(first) && line.contains(" "))
    }

    /// Whether a question asks the learner to run something (its text quotes a run or design command).
    static func mentionsLabCommand(_ text: String) -> Bool {
        text.contains("`run ") || text.contains("`design ")
    }

    /// Runs a lab command typed at the answer prompt; its errors are shown, the question stays.
    private func runLabCommand(_ line: String) {
        do { try Interpreter.execute(line, in: session) } catch { session.report(error) }
    }

    /// Lists the answers of a paper and lets the learner change any before handing in; false when stopped.
    private mutating func reviewPaper(_ read: @escaping (String) -> LineEvent, _ view: QuizView) -> Bool {
        while true {
            view.showReview(quiz)
            guard case .line(let typed) = read(session.text(en: "hand in? ", ko: "제출할까요? ")) else { return false }
            let word = typed.trimmingCharacters(in: .whitespaces).lowercased()
            if ["", "save", "y", "yes", "저장", "예", "네"].contains(word) { return true }
            if word == "quit" { return false }
            guard let number = Int(word), quiz.outcomes.indices.contains(number - 1) else {
                session.printWrapped(
                    session.text(
                        en: "type 'save' to hand in, or a question number to change its answer",
                        ko: "제출하려면 'save', 답을 바꾸려면 문항 번호를 입력하세요"))
                continue
            }
            let question = quiz.presentation(at: number - 1)
            view.show(question)
            guard let again = AnswerPrompt(session: session, read: read).read(question) else { return false }
            do throws(AnswerProblem) {
                try quiz.revise(at: number - 1, with: again)
                afterAnswer?(quiz.outcomes[number - 1])
            } catch {
                session.printWrapped(session.text(en: error.message.en, ko: error.message.ko))
            }
        }
    }
}

/// Reads one answer: one line, or for an essay several lines ended by an empty line.
struct AnswerPrompt {
    let session: Session
    let read: (String) -> LineEvent

    /// The trimmed answer, or nil on Ctrl-C or Ctrl-D (an essay's lines typed so far are returned instead).
    func read(_ question: QuestionPresentation) -> String? {
        guard case .line(let first) = read(session.text(en: "answer> ", ko: "답> ")) else { return nil }
        let trimmed = first.trimmingCharacters(in: .whitespaces)
        guard question.kind == .essay, !trimmed.isEmpty, !["skip", "quit"].contains(trimmed) else { return trimmed }
        var lines = [first]
        while case .line(let next) = read("...> ") {
            if next.trimmingCharacters(in: .whitespaces).isEmpty { break }
            lines.append(next)
        }
        return lines.joined(separator: "\n")
    }
}
