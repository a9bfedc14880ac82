import Foundation
import Testing

@testable import Lessons

@Suite("Choices shuffled per learner")
struct ChoiceOrderTests {
    static let key = try! QuizFile.parseGIFT(
        Data(
            """
            ::mc:: Pick {=right ~one ~two ~three ~four ~five ####See 1.1.}

            ::ma:: Tick {~%50%x ~%50%y ~%-100%z ####See 1.1.}
            """.utf8), path: "order.gift")

    static func shown(_ learner: String) -> [String] {
        QuizSession(quiz: key, order: ChoiceOrder(seed: learner)).current!.choices.map(\.text)
    }

    @Test("the same learner sees the same order on every run")
    func stable() {
        #expect(Self.shown("Kim Minji") == Self.shown("Kim Minji"))
        #expect(Set(Self.shown("Kim Minji")) == ["right", "one", "two", "three", "four", "five"])
    }

    @Test("learners see different orders, and the right answer moves between positions")
    func differs() {
        let orders = (0..<40).map { Self.shown("learner-\($0)") }
        #expect(Set(orders).count > 10)
        #expect(Set(orders.map { $0.firstIndex(of: "right")! }).count == 6)
    }

    @Test("the order does not depend on where the key wrote the right answer")
    func keyOrderHidden() throws {
        let moved = try QuizFile.parseGIFT(
            Data("::mc:: Pick {~four ~one =right ~three ~two ~five ####See 1.1.}".utf8), path: "order.gift")
        let session = QuizSession(quiz: moved, order: ChoiceOrder(seed: "Ada"))
        #expect(session.current!.choices.map(\.text) == Self.shown("Ada"))
    }

    @Test("grading does not depend on the order: every learner who picks 'right' scores the same")
    func gradingIndependent() throws {
        for learner in ["Ada", "Grace", "김민준", "Linus"] {
            var session = QuizSession(quiz: Self.key, order: ChoiceOrder(seed: learner))
            let letter = try #require(session.current?.choices.first { $0.text == "right" }).letter
            _ = try session.answer(letter)
            let tick = session.current!.choices.filter { $0.text != "z" }.map(\.letter).joined(separator: ",")
            _ = try session.answer(tick)
            let sheet = session.sheet(learner: learner, submittedAt: Date(timeIntervalSince1970: 0))
            #expect(sheet.answers["mc"] == .text("right"))
            #expect(Self.key.answerable.map { $0.score(sheet.answers[$0.id]).verdict } == [.correct, .correct])
        }
    }
}
