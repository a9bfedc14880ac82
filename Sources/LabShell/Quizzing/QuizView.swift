import Experiments
import Lessons
import Terminal

/// How a quiz looks at the terminal: questions, results, the paper review and the summary.
struct QuizView {
    let session: Session

    func show(_ question: QuestionPresentation) {
        let console = session.console
        console.print("")
        console.print(session.styler.bold("[\(question.number)/\(question.total)]"))
        for line in question.preamble { console.print(UntrustedText.multiLine(line)) }
        console.print(session.markdownRenderer.render(UntrustedText.multiLine(question.text)))
        for (index, prompt) in question.prompts.enumerated() {
            console.print("  \(index + 1). \(UntrustedText.oneLine(prompt, limit: 1000))")
        }
        for choice in question.choices {
            let lines = TextLayout.wrap(UntrustedText.oneLine(choice.text, limit: 1000), to: console.width - 6)
            console.print(
                lines.enumerated().map { ($0.offset == 0 ? "  \(choice.letter)) " : "     ") + $0.element }.joined(
                    separator: "\n"))
        }
        let essay = question.kind == .essay
        if QuizRunner.mentionsLabCommand(question.text) {
            console.print(
                session.styler.dim(
                    TextLayout.fitLines(
                        session.text(
                            en: "You can type the run or design command here to try it, then answer.",
                            ko: "여기서 run이나 design 명령을 입력해 먼저 실행해 본 뒤 답할 수 있습니다."),
                        to: console.width)))
        }
        let hint = session.text(
            en: question.hint.en + (essay ? "; an empty line ends it" : "") + " ('skip' to pass)",
            ko: question.hint.ko + (essay ? " 빈 줄로 끝냅니다" : "") + " (넘어가려면 'skip')")
        console.print(session.styler.dim(TextLayout.fitLines(hint, to: console.width)))
    }

    func show(_ outcome: AnswerOutcome, of question: QuestionPresentation) {
        guard let score = outcome.score else {
            session.printWrapped(
                session.text(en: "recorded (handed in when the paper is saved)", ko: "기록했습니다 (시험지를 저장할 때 제출됩니다)"))
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
        session.console.print(score.verdict == .ungraded ? verdict : "\(verdict) (\(points))")
        if score.verdict != .correct, score.verdict != .ungraded, !score.rightAnswer.isEmpty {
            session.printWrapped(session.text(en: "answer: ", ko: "정답: ") + rightAnswer(score, of: question))
        }
        if score.verdict == .ungraded, !outcome.explanation.isEmpty {
            session.console.print(session.styler.bold(session.text(en: "model answer:", ko: "모범 답안:")))
        }
        let renderer = session.markdownRenderer
        for line in outcome.explanation {
            let text = renderer.renderInline(UntrustedText.multiLine(line))
            session.console.print(TextLayout.wrap(text, to: session.console.width).joined(separator: "\n"))
        }
    }

    /// The right answer as the learner reads it: `true`/`false` in the session's language.
    private func rightAnswer(_ score: Score, of question: QuestionPresentation) -> String {
        if case .trueFalse(let answer) = question.kind { return truth(answer.isTrue) }
        return UntrustedText.oneLine(score.rightAnswer, limit: 1000)
    }

    private func truth(_ value: Bool) -> String {
        value ? session.text(en: "true", ko: "참") : session.text(en: "false", ko: "거짓")
    }

    /// The answers of a paper before it is handed in.
    func showReview(_ quiz: QuizSession) {
        session.console.print("")
        session.console.print(session.styler.bold(session.text(en: "your answers", ko: "내 답")))
        for (index, outcome) in quiz.outcomes.enumerated() {
            let answer: String
            switch outcome.response {
            case .bool(let value)?:
                answer = truth(value)
            case let response?: answer = UntrustedText.oneLine(response.displayText, limit: 60)
            case nil: answer = session.text(en: "(skipped)", ko: "(건너뜀)")
            }
            session.console.print("  \(index + 1). \(outcome.questionID): \(answer)")
        }
        session.printWrapped(
            session.text(
                en: "type 'save' (or Enter) to hand in, or a number to change that answer",
                ko: "제출하려면 'save'(또는 Enter), 답을 바꾸려면 번호를 입력하세요"))
    }

    func showSummary(_ summary: QuizSummary) {
        session.console.print("")
        guard !summary.isPaper else { return }
        session.console.print(
            session.styler.bold(
                session.text(
                    en: "score: \(MetricText.format(summary.points)) of \(MetricText.format(summary.maxPoints))",
                    ko: "점수: \(MetricText.format(summary.maxPoints))점 중 \(MetricText.format(summary.points))점")))
        if !summary.missed.isEmpty {
            session.printWrapped(
                session.text(
                    en: "missed: \(summary.missed.joined(separator: ", ")) — 'review' brings them back",
                    ko: "틀린 문제: \(summary.missed.joined(separator: ", ")) — 'review'로 다시 풀 수 있습니다"))
        }
        for note in summary.closingNotes { session.console.print(UntrustedText.multiLine(note)) }
    }
}
