import Experiments
import Lessons
import Terminal

/// Asks a quiz's questions at the terminal: one at a time, lettered choices, result and explanation.
struct QuizRunner {
    let session: Session
    var quiz: QuizSession

    init(session: Session, quiz: QuizSession) {
        self.session = session
        self.quiz = quiz
    }

    /// Asks every question; false when the learner stopped early (Ctrl-C, Ctrl-D or `quit`).
    mutating func run() throws -> Bool {
        guard let read = session.answerReader else {
            throw LabError.usage(session.text(en: "quiz: answering needs a terminal", ko: "quiz: 답하려면 터미널이 필요합니다"),
                                 hint: session.text(en: "give --answers FILE (one 'id: answer' per line)",
                                                    ko: "--answers FILE을 주세요 (한 줄에 'id: 답')"))
        }
        var shown: String?
        while let question = quiz.current {
            if shown != question.id { show(question); shown = question.id }
            switch read(session.text(en: "answer> ", ko: "답> ")) {
            case .endOfInput, .interrupted:
                session.console.print(session.text(en: "quiz stopped; nothing was recorded", ko: "퀴즈를 멈췄습니다. 기록하지 않았습니다"))
                return false
            case .line(let typed):
                let trimmed = typed.trimmingCharacters(in: .whitespaces)
                if trimmed == "quit" { return false }
                if trimmed == "skip" { show(quiz.skip()); continue }
                do { show(try quiz.answer(trimmed)) } catch {
                    session.console.print(session.text(en: error.message.en, ko: error.message.ko))
                }
            }
        }
        showSummary()
        return true
    }

    private func show(_ question: QuestionPresentation) {
        let console = session.console
        console.print("")
        console.print(session.styler.bold("[\(question.number)/\(question.total)] ") + session.styler.dim(question.id))
        for line in question.preamble { console.print(line) }
        console.print(session.markdownRenderer.render(question.text))
        for choice in question.choices {
            let lines = TextLayout.wrap(choice.text, to: console.width - 6)
            console.print(lines.enumerated().map { ($0.offset == 0 ? "  \(choice.letter)) " : "     ") + $0.element }.joined(separator: "\n"))
        }
        console.print(session.styler.dim(session.text(en: question.hint.en + " ('skip' to pass)",
                                                      ko: question.hint.ko + " (넘어가려면 'skip')")))
    }

    private func show(_ outcome: AnswerOutcome) {
        guard let score = outcome.score else {
            session.console.print(session.text(en: "submitted", ko: "제출했습니다"))
            return
        }
        let points = "\(MetricText.format(score.points))/\(MetricText.format(score.maxPoints))"
        let verdict: String
        switch score.verdict {
        case .correct: verdict = session.styler.color("✓ " + session.text(en: "correct", ko: "정답"), .green)
        case .partial: verdict = session.styler.color("◐ " + session.text(en: "partly right", ko: "부분 정답"), .yellow)
        case .wrong, .unanswered: verdict = session.styler.color("✗ " + session.text(en: "not quite", ko: "오답"), .red)
        case .ungraded: verdict = session.text(en: "recorded for the instructor", ko: "강사가 채점합니다")
        }
        session.console.print("\(verdict) (\(points))")
        if score.verdict != .correct, score.verdict != .ungraded, !score.rightAnswer.isEmpty {
            session.console.print(session.text(en: "answer: ", ko: "정답: ") + score.rightAnswer)
        }
        for line in outcome.explanation { session.console.print(TextLayout.wrap(line, to: session.console.width).joined(separator: "\n")) }
    }

    private func showSummary() {
        let summary = quiz.summary
        session.console.print("")
        guard !summary.isPaper else {
            session.console.print(session.text(en: "all answers submitted", ko: "모든 답을 제출했습니다"))
            return
        }
        session.console.print(session.styler.bold(session.text(
            en: "score: \(MetricText.format(summary.points)) of \(MetricText.format(summary.maxPoints))",
            ko: "점수: \(MetricText.format(summary.maxPoints))점 중 \(MetricText.format(summary.points))점")))
        if !summary.missed.isEmpty {
            session.console.print(session.text(en: "missed: \(summary.missed.joined(separator: ", ")) — 'review' brings them back",
                                               ko: "틀린 문제: \(summary.missed.joined(separator: ", ")) — 'review'로 다시 풀 수 있습니다"))
        }
        for note in summary.closingNotes { session.console.print(note) }
    }
}
