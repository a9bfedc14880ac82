import Lessons

/// What `review` asks today: the due cards resolved against the course's quizzes in the
/// session's language. `progress` counts the same plan, so the two always agree.
struct ReviewPlan {
    /// The due questions of one quiz, in due order.
    struct Group {
        var quiz: Quiz
        var questionIDs: [String]
    }

    /// Quizzes with due questions, by quiz id.
    var groups: [Group] = []
    /// Due cards that cannot be asked: their quiz or question is no longer in the course, or the
    /// question became an essay (graded by hand, so a review could never clear its card).
    var gone: [ReviewCard] = []

    /// The questions `review` will ask.
    var count: Int { groups.reduce(0) { $0 + $1.questionIDs.count } }

    init(session: Session) {
        let due = session.progress.dueCards(day: session.today)
        for quizID in Set(due.map(\.quiz)).sorted() {
            let cards = due.filter { $0.quiz == quizID }
            let path = session.environment.lessonsPath + "/quizzes/\(session.language.rawValue)/\(quizID).gift"
            guard let quiz = try? QuizLocator.load(path, in: session) else {
                gone += cards
                continue
            }
            let known = cards.filter { quiz.question(id: $0.question).map { $0.kind != .essay } ?? false }
            gone += cards.filter { !known.contains($0) }
            if !known.isEmpty { groups.append(Group(quiz: quiz, questionIDs: known.map(\.question))) }
        }
    }

    /// A line naming the due questions that are no longer in the course, or nil when there are none.
    func goneNotice(in session: Session) -> String? {
        guard !gone.isEmpty else { return nil }
        let names = UntrustedText.oneLine(gone.map { "\($0.quiz) \($0.question)" }.joined(separator: ", "), limit: 400)
        return session.text(
            en: "\(gone.count) due question(s) are left out, no longer in the course or graded by hand: \(names)",
            ko: "과정에서 빠졌거나 강사가 채점하는 문제 \(gone.count)개는 복습에서 제외합니다: \(names)")
    }
}
