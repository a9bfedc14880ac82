import Foundation
import Testing
@testable import Lessons

@Suite("SM-2 reviews and the progress file")
struct ProgressTests {
    @Test("SM-2 intervals go 1, 6, then previous times the easiness; a poor answer restarts")
    func sm2Schedule() {
        var card = ReviewCard(quiz: "q", question: "a", day: 100)
        var days: [Int] = []
        for (day, quality) in [(100, 5), (101, 5), (107, 4), (0, 2)] {
            card.review(quality: quality, day: day == 0 ? card.dueDay : day)
            days.append(card.dueDay)
        }
        #expect(days == [101, 107, 123, 124])
        #expect(abs(card.easiness - (2.5 + 0.1 + 0.1 + 0 - 0.32)) < 1e-9)
        #expect(card.repetitions == 0 && card.interval == 1)
    }

    @Test("the easiness factor never drops below 1.3")
    func easinessFloor() {
        var card = ReviewCard(quiz: "q", question: "a", day: 0)
        for day in 0..<10 { card.review(quality: 0, day: day) }
        #expect(card.easiness == 1.3)
    }

    @Test("missed questions become cards due the same day; reviewing them reschedules")
    func cardsFromSessions() throws {
        var session = QuizSession(quiz: sampleKey())
        for typed in ["a", "c", "o", "4", "breaker", "essay text"] { _ = try session.answer(typed) }
        var progress = Progress()
        progress.recordQuiz(session, day: 10)
        #expect(progress.quizScores.map(\.points) == [2.5])
        #expect(progress.dueCards(day: 10).map(\.question) == ["ma", "sa", "tf"])
        var review = QuizSession(quiz: sampleKey(), questionIDs: progress.dueCards(day: 10).map(\.question))
        for typed in ["a b", "circuit breaker", "x"] { _ = try review.answer(typed) }
        progress.recordAnswers(review, day: 10)
        #expect(progress.dueCards(day: 10).isEmpty)
        #expect(progress.dueCards(day: 11).count == 3)
    }

    @Test("progress is saved and loaded; a corrupt file is set aside and reported, never overwritten")
    func store() throws {
        let directory = makeTemporaryDirectory()
        let store = ProgressStore(path: directory + "/state/progress.json")
        var progress = Progress()
        progress.markRead("2.2")
        progress.markRead("2.2")
        progress.markLabRun("2.2#1")
        try store.save(progress)
        #expect(store.load() == (progress, []))
        try Data("{broken".utf8).write(to: URL(fileURLWithPath: store.path))
        try Data("older".utf8).write(to: URL(fileURLWithPath: store.path + ".corrupt-1"))
        let (loaded, warnings) = store.load()
        #expect(loaded == Progress())
        #expect(warnings == ["\(store.path): unreadable (not valid JSON); kept as \(store.path).corrupt-2 and started afresh"])
        #expect(try String(contentsOfFile: store.path + ".corrupt-2", encoding: .utf8) == "{broken")
    }

    @Test("the default path follows XDG_STATE_HOME, else HOME")
    func defaultPath() {
        #expect(ProgressStore.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/scalelab/progress.json")
        #expect(ProgressStore.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/scalelab/progress.json")
    }
}
