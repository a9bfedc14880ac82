import Foundation
import Testing

@testable import Lessons

@Suite("Quiz sessions")
struct QuizSessionTests {
    @Test("a session shows lettered choices, keeps a question after a typo, scores and explains")
    func walkThrough() throws {
        var session = QuizSession(quiz: sampleKey())
        let first = try #require(session.current)
        #expect(first.number == 1 && first.total == 6 && first.id == "mc")
        #expect(first.preamble == ["Answer **every** question."])
        #expect(first.choices.map(\.letter) == ["a", "b", "c"])
        #expect(first.hint.en == "type a letter a-c")
        #expect(throws: AnswerProblem.self) { try session.answer("d") }
        #expect(session.current?.id == "mc")
        let outcome = try session.answer("b")
        #expect(outcome.score?.verdict == .partial)
        #expect(outcome.explanation == ["Half", "See 1.2."])
        _ = try session.answer("a b")
        _ = try session.answer("o")
        _ = session.skip()
        _ = try session.answer("Circuit breaker")
        _ = try session.answer("샤딩은 데이터를 나눠요")
        #expect(session.isFinished && session.current == nil)
        let summary = session.summary
        #expect(summary.points == 2.5 && summary.maxPoints == 5)
        #expect(summary.missed == ["mc", "tf", "num"] && summary.ungraded == ["essay"])
        let sheet = session.sheet(learner: "Ada", submittedAt: Date(timeIntervalSince1970: 0))
        #expect(sheet.answers["num"] == nil && sheet.answers["tf"] == .bool(true))
    }

    @Test("on a paper every result is only submitted, and the sheet carries the key's digest")
    func paperSession() throws {
        let key = sampleKey()
        let paper = try QuizPaper.decode(QuizPaper(key: key, order: ChoiceOrder(seed: "Ada")).encoded(), file: "p.json")
            .makeQuiz()
        var session = QuizSession(quiz: paper)
        let letter = try #require(session.current?.choices.first { $0.text == "A second server" }).letter
        let outcome = try session.answer(letter)
        #expect(outcome.isSubmittedOnly && outcome.explanation.isEmpty)
        #expect(session.summary.isPaper && session.summary.missed.isEmpty)
        let sheet = session.sheet(learner: "Ada", submittedAt: Date(timeIntervalSince1970: 0))
        #expect(sheet.quizSHA256 == key.sha256)
        #expect(key.question(id: "mc")?.score(sheet.answers["mc"]).verdict == .correct)
    }

    @Test("a review session asks only the given questions in the given order")
    func reviewSubset() {
        let session = QuizSession(quiz: sampleKey(), questionIDs: ["tf", "gone", "mc"])
        #expect(session.current?.id == "tf" && session.current?.total == 2 && session.current?.preamble == [])
    }
}

@Suite("Matching questions in a session")
struct MatchingSessionTests {
    static let key = try! QuizFile.parseGIFT(
        Data(
            "::layers:: Match each protocol to its layer. {=TCP -> transport =IP -> network =HTTP -> application =-> physical ####See 1.1.}"
                .utf8),
        path: "m.gift")

    @Test("items are numbered, options lettered in the learner's order, and one letter per item scores each pair")
    func matching() throws {
        var session = QuizSession(quiz: Self.key, order: ChoiceOrder(seed: "Ada"))
        let shown = try #require(session.current)
        #expect(shown.prompts == ["TCP", "IP", "HTTP"])
        #expect(Set(shown.choices.map(\.text)) == ["transport", "network", "application", "physical"])
        let letter = { (text: String) in shown.choices.first { $0.text == text }!.letter }
        #expect(throws: AnswerProblem.self) { try session.answer(letter("transport")) }
        let outcome = try session.answer(
            [letter("transport"), letter("application"), letter("application")].joined(separator: ","))
        #expect(outcome.response == .pairs(["TCP": "transport", "IP": "application", "HTTP": "application"]))
        #expect(abs((outcome.score?.fraction ?? 0) - 2.0 / 3) < 1e-9 && outcome.score?.verdict == .partial)
        #expect(outcome.score?.rightAnswer == "TCP → transport; IP → network; HTTP → application")
    }

    @Test("a paper of a matching question shows items and options, and its sheet grades against the key")
    func paper() throws {
        let paper = try QuizPaper.decode(
            QuizPaper(key: Self.key, order: ChoiceOrder(seed: "p")).encoded(), file: "p.json"
        ).makeQuiz()
        var session = QuizSession(quiz: paper)
        let shown = try #require(session.current)
        #expect(shown.prompts == ["TCP", "IP", "HTTP"] && shown.choices.count == 4)
        let letter = { (text: String) in shown.choices.first { $0.text == text }!.letter }
        _ = try session.answer(letter("transport") + letter("network") + letter("application"))
        let sheet = session.sheet(learner: "Ada", submittedAt: Date(timeIntervalSince1970: 0))
        let (read, _) = try AnswerSheet.validated(sheet.encoded(), key: Self.key)
        #expect(Self.key.answerable[0].score(read.answers["layers"]).verdict == .correct)
    }
}
