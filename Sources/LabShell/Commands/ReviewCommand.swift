import ArgumentParser
import Experiments
import Lessons

/// `review`: asks again the questions whose spaced-repetition review is due (SM-2).
struct ReviewCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "review", abstract: "Review missed questions that are due.")
    static let summary = Localized(en: "Review missed questions when they are due (spaced repetition)",
                                   ko: "틀린 문제를 때맞춰 다시 풉니다 (간격 반복)")

    mutating func run(in session: Session) throws {
        let due = session.progress.dueCards(day: session.today)
        guard !due.isEmpty else {
            let next = session.progress.reviewCards.map(\.dueDay).min().map { $0 - session.today }
            session.console.print(next.map { session.text(en: "nothing to review today; next review in \($0) day(s)",
                                                          ko: "오늘 복습할 문제가 없습니다. 다음 복습은 \($0)일 뒤입니다") }
                                  ?? session.text(en: "nothing to review yet: questions you miss in a quiz come back here",
                                                  ko: "아직 복습할 문제가 없습니다. 퀴즈에서 틀린 문제가 여기로 돌아옵니다"))
            return
        }
        for quizID in Array(Set(due.map(\.quiz))).sorted() {
            let path = session.environment.lessonsPath + "/quizzes/\(session.language.rawValue)/\(quizID).gift"
            guard let quiz = try? QuizLocator.load(path, in: session) else {
                session.console.print(session.text(en: "skipping \(quizID): not a course quiz (\(path) not found)",
                                                   ko: "\(quizID) 건너뜀: 과정 퀴즈가 아닙니다 (\(path) 없음)"))
                continue
            }
            let ids = due.filter { $0.quiz == quizID }.map(\.question).filter { quiz.question(id: $0) != nil }
            let order = ChoiceOrder(seed: QuizLocator.defaultLearner(in: session))
            var runner = QuizRunner(session: session, quiz: QuizSession(quiz: quiz, questionIDs: ids, order: order))
            guard try runner.run() == .finished else { return }
            session.progress.recordAnswers(runner.quiz, day: session.today)
            session.saveProgress()
        }
    }
}
