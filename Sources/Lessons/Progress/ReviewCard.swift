/// A missed question scheduled for review by SM-2, with its due day.
package struct ReviewCard: Codable, Sendable, Hashable {
    package var quiz: String
    package var question: String
    /// Successful reviews in a row.
    package var repetitions: Int
    /// Days until the next review after the last one.
    package var interval: Int
    /// SM-2's easiness factor: starts at 2.5, never below 1.3.
    package var easiness: Double
    /// The day number on which the card is due (the caller's day count, e.g. days since 1970).
    package var dueDay: Int

    /// A new card, due on `day`.
    package init(quiz: String, question: String, day: Int) {
        self.quiz = quiz
        self.question = question
        repetitions = 0
        interval = 0
        easiness = 2.5
        dueDay = day
    }

    /// Applies one review graded `quality` (0...5) on `day`: intervals 1, 6, then previous × easiness; below 3 restarts.
    package mutating func review(quality: Int, day: Int) {
        precondition((0...5).contains(quality), "SM-2 quality must be 0...5, got \(quality)")
        let q = Double(quality)
        easiness = max(1.3, easiness + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02))
        if quality < 3 {
            repetitions = 0
            interval = 1
        } else {
            interval = repetitions == 0 ? 1 : repetitions == 1 ? 6 : Int((Double(interval) * easiness).rounded())
            repetitions += 1
        }
        dueDay = day + interval
    }

    /// SM-2 quality of a verdict: right 5, partly right 3, wrong or skipped 1.
    package static func quality(of verdict: Verdict) -> Int {
        switch verdict {
        case .correct: 5
        case .partial: 3
        case .wrong, .unanswered, .ungraded: 1
        }
    }
}
