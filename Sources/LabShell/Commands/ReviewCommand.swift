import ArgumentParser
import Experiments
import LabText
import Lessons

/// `review`: asks again the questions whose spaced-repetition review is due (SM-2); before a
/// question that cites an experiment or a design, offers to run it with the question's parameters.
struct ReviewCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Review missed questions that are due.")
    static let summary = Localized(
        en: "Review missed questions when they are due (spaced repetition)",
        ko: "틀린 문제를 때맞춰 다시 풉니다 (간격 반복)")

    mutating func run(in session: Session) throws {
        Self.readProgressWhenPiped(session)
        let plan = ReviewPlan(session: session)
        if let notice = plan.goneNotice(in: session) { session.console.print(notice) }
        guard !plan.groups.isEmpty else { return Self.nothingDue(session) }
        for group in plan.groups {
            let order = ChoiceOrder(seed: QuizLocator.defaultLearner(in: session))
            var runner = QuizRunner(
                session: session, quiz: QuizSession(quiz: group.quiz, questionIDs: group.questionIDs, order: order))
            if let read = session.answerReader {
                let rerun = ReviewRerun(session: session, read: read)
                runner.beforeQuestion = { shown in
                    guard let question = group.quiz.question(id: shown.id),
                        let command = ReviewRerun.command(for: question)
                    else { return true }
                    return rerun.offer(command)
                }
            }
            guard try runner.run() == .finished else { return }
            session.progress.recordAnswers(runner.quiz, day: session.today)
            session.saveProgress()
        }
    }

    /// A one-shot `review` with piped answers has no progress attached: it reads the saved cards
    /// (so a demo can replay a review) and, like every pipe, records nothing.
    private static func readProgressWhenPiped(_ session: Session) {
        guard session.mode == .script, session.answerReader != nil, session.progressStore == nil,
            !session.progressIsReadOnly, session.progress.reviewCards.isEmpty
        else { return }
        session.progress = ProgressStore(path: session.environment.statePath + "/progress.json").load().progress
    }

    private static func nothingDue(_ session: Session) {
        let next = session.progress.reviewCards.map(\.dueDay).filter { $0 > session.today }.min().map {
            $0 - session.today
        }
        session.printWrapped(
            next.map {
                session.text(
                    en: "nothing to review today; next review in \($0) day(s)",
                    ko: "오늘 복습할 문제가 없습니다. 다음 복습은 \($0)일 뒤입니다")
            }
                ?? session.text(
                    en: "nothing to review yet: questions you miss in a quiz come back here",
                    ko: "아직 복습할 문제가 없습니다. 퀴즈에서 틀린 문제가 여기로 돌아옵니다"))
    }
}
