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
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = ProgressStore(path: directory + "/state/progress.json")
        var progress = Progress()
        progress.markRead("2.2")
        progress.markRead("2.2")
        progress.markLabRun("2.2#1")
        #expect(try store.save(progress) == progress)
        #expect(store.load() == .init(progress: progress, warnings: [], isWritable: true))
        try Data("{broken".utf8).write(to: URL(fileURLWithPath: store.path))
        try Data("older".utf8).write(to: URL(fileURLWithPath: store.path + ".corrupt-1"))
        let loaded = store.load()
        #expect(loaded.progress == Progress())
        #expect(
            loaded.warnings.map(\.en) == [
                "\(store.path): unreadable (not valid JSON); kept as \(store.path).corrupt-2 and started afresh"
            ])
        #expect(try String(contentsOfFile: store.path + ".corrupt-2", encoding: .utf8) == "{broken")
    }

    @Test("two sessions saving the same file keep each other's updates")
    func twoSessions() throws {
        let directory = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = ProgressStore(path: directory + "/progress.json")
        var first = store.load().progress
        var second = store.load().progress
        let firstBase = first
        let secondBase = second
        first.markRead("1.1")
        first = try store.save(first, base: firstBase)
        second.markRead("2.1")
        second.reviewCards.append(ReviewCard(quiz: "section-2", question: "q1", day: 5))
        second = try store.save(second, base: secondBase)
        #expect(second.sectionsRead == ["1.1", "2.1"])
        #expect(store.load().progress == second)
        var reviewed = second
        reviewed.reviewCards[0].review(quality: 5, day: 5)
        first.markLabRun("en/1-performance.md:10")
        _ = try store.save(reviewed, base: second)
        let final = try store.save(first, base: first)
        #expect(final.reviewCards == reviewed.reviewCards)
        #expect(final.labBlocksRun == ["en/1-performance.md:10"])
    }

    @Test("a save waits a bounded time for another session's lock, then says so instead of hanging")
    func lockHeldElsewhere() throws {
        let directory = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let lock = directory + "/progress.json.lock"
        let holder = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX) == 0)
        let started = ContinuousClock.now
        var ran = false
        #expect(throws: StateFileError(path: lock, code: EWOULDBLOCK)) {
            try FileLock.withLock(lock, patience: .milliseconds(200)) { ran = true }
        }
        let waited = ContinuousClock.now - started
        #expect(!ran && waited >= .milliseconds(200) && waited < FileLock.patience, "waited \(waited)")
        #expect(
            StateFileError(path: lock, code: EWOULDBLOCK).description
                == "\(lock): another scalelab session held it for over 5 s (one stopped with Ctrl-Z?); end that session and go on"
        )
        flock(holder, LOCK_UN)
        #expect(try FileLock.withLock(lock, patience: .milliseconds(200)) { 7 } == 7)
    }

    @Test("a progress file of a newer layout is used read-only, said once, and never rewritten")
    func newerVersion() throws {
        let directory = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = ProgressStore(path: directory + "/progress.json")
        let text =
            #"{"version": 2, "sections_read": ["1.1"], "lab_blocks_run": [], "quiz_scores": [], "review_cards": [], "streak": 9}"#
        try text.write(toFile: store.path, atomically: false, encoding: .utf8)
        let loaded = store.load()
        #expect(loaded.progress.sectionsRead == ["1.1"])
        #expect(!loaded.isWritable)
        #expect(
            loaded.warnings.map(\.en) == [
                "\(store.path): written by a newer scalelab (layout 2, this one knows 1); used read-only, so this session's progress is not saved (move the file away to start a new one)"
            ])
        #expect(throws: ProgressFileChanged.self) { try store.save(loaded.progress) }
        #expect(try String(contentsOfFile: store.path, encoding: .utf8) == text)
    }

    @Test("temporaries left by a save killed midway are removed at the next load")
    func staleTemporaries() throws {
        let directory = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = ProgressStore(path: directory + "/progress.json")
        let stale = directory + "/.progress.json.tmp-999999999-12345"
        _ = FileManager.default.createFile(atPath: stale, contents: Data("{".utf8))
        _ = store.load()
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test("a full disk or a forbidden folder is said in words, with the fix")
    func stateFileErrors() {
        #expect(
            StateFileError(path: "/s/progress.json", code: ENOSPC).description
                == "/s/progress.json: the disk is full; free some space")
        #expect(StateFileError(path: "/s/p", code: ENOSPC).message.ko == "/s/p: 디스크가 가득 찼습니다. 공간을 비우세요")
        #expect(
            StateFileError(path: "/s/p", code: EACCES).description.hasSuffix(
                "permission denied; make the folder writable or set XDG_STATE_HOME"))
    }

    @Test("the default path follows XDG_STATE_HOME, else HOME")
    func defaultPath() {
        #expect(
            ProgressStore.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
                == "/s/scalelab/progress.json")
        #expect(
            ProgressStore.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
                == "/h/.local/state/scalelab/progress.json")
    }
}
