import Foundation
import Testing

@testable import Lessons

@Suite("Sheets that answered alike share their items, and each still reads as its own")
struct SharedItemTests {
    /// Ada and Bob, with the answers given to the essay and the numerical question.
    func book(ada: [String: Response], bob: [String: Response], marks: [Mark] = []) throws -> Gradebook {
        let key = sampleKey()
        let submissions = [("Ada", ada), ("Bob", bob)].map { name, answers in
            Gradebook.Submission(
                path: name.lowercased() + ".json",
                sheet: AnswerSheet(
                    quiz: key, learner: name, submittedAt: Date(timeIntervalSince1970: 0), answers: answers))
        }
        return try Gradebook(
            key: key, keyPath: "scaling.gift", submissions: submissions, options: GradingOptions(marks: marks))
    }

    @Test(
        "answers equal to Swift but spelled apart (composed é against e and an accent, -0 against 0) keep their bytes")
    func spellings() throws {
        let book = try book(
            ada: ["essay": .text("caf\u{E9}"), "num": .number(0)],
            bob: ["essay": .text("cafe\u{301}"), "num": .number(-0.0)])
        #expect(Response.text("caf\u{E9}") == .text("cafe\u{301}"))
        let essays = book.sheets.map { $0.items[5].response }
        #expect(
            essays.map { $0.map { Array($0.displayText.utf8) } } == [Array("caf\u{E9}".utf8), Array("cafe\u{301}".utf8)]
        )
        let numbers = book.sheets.map { sheet -> UInt64? in
            guard case .number(let value) = sheet.items[3].response else { return nil }
            return value.bitPattern
        }
        #expect(numbers == [(0.0).bitPattern, (-0.0).bitPattern])
    }

    @Test("a mark changes the marked learner's item only, though both answered alike")
    func markOne() throws {
        let answers: [String: Response] = ["essay": .text("Split by key."), "tf": .bool(false)]
        let book = try book(ada: answers, bob: answers, marks: [Mark(learner: "Bob", question: "essay", points: 1)])
        #expect(book.sheets.map(\.items[5].isMarked) == [false, true])
        #expect(book.sheets.map(\.items[5].score.points) == [0, 1])
        #expect(book.sheets[0].items[2] == book.sheets[1].items[2])
        #expect(book.sheets[0].items[5] != book.sheets[1].items[5])
    }
}
