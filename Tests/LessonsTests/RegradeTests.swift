import Foundation
import Testing

@testable import Lessons

@Suite("A fixed key regrades question by question")
struct RegradeTests {
    /// The sample key with a choice renamed (answers still fit), a choice renamed away, and a credit raised.
    static let fixedKeyText =
        sampleKeyText
        .replacingOccurrences(of: "~A cache#No", with: "~A CDN#No")
        .replacingOccurrences(of: "~%-100%Database", with: "~%-100%DB")
        .replacingOccurrences(of: "=%50%breaker", with: "=breaker")

    struct Shop {
        var directory: String
        var path: (String) -> String
    }

    /// A folder with the sample key as `old.gift`, the fixed one as `new.gift`, and sheets of Ada and Bob answered on the old one.
    func shop(_ name: String = #function) throws -> Shop {
        let directory = makeTemporaryDirectory(name)
        let path = { (file: String) in directory + "/" + file }
        try OutputFile.write(Data(sampleKeyText.utf8), to: path("old.gift"))
        try OutputFile.write(Data(Self.fixedKeyText.utf8), to: path("new.gift"))
        let old = try QuizFile.loadKey(path: path("old.gift"))
        try AnswerSheet(
            quiz: old, learner: "Ada", submittedAt: Date(timeIntervalSince1970: 0),
            answers: ["mc": .text("A second server"), "ma": .texts(["Database"]), "sa": .text("breaker")]
        ).write(to: path("ada.json"))
        try AnswerSheet(
            quiz: old, learner: "Bob", submittedAt: Date(timeIntervalSince1970: 0), answers: ["tf": .bool(false)]
        ).write(to: path("bob.json"))
        return Shop(directory: directory, path: path)
    }

    @Test("the report names each changed question and counts the scores that moved; a dry run writes nothing")
    func dryRun() throws {
        let shop = try shop()
        defer { removeTemporaryDirectory(shop.directory) }
        var request = GradeRequest(
            keyPath: shop.path("new.gift"), inputs: [shop.path("ada.json"), shop.path("bob.json")],
            outPath: shop.path("out.csv"))
        request.previousKeyPath = shop.path("old.gift")
        request.dryRun = true
        let outcome = Grader.run(request)
        #expect(outcome.exitStatus == 0)
        #expect(
            outcome.report == """
                question 'mc' was edited after 2 sheets were answered: regraded where the answer still fits
                question 'ma' was edited after 2 sheets were answered: regraded where the answer still fits
                question 'sa': answers, credit, weight or feedback changed: 2 sheets regraded
                1 of 2 scores moved compared with the previous key
                would count 2 sheets (0 rejected, 0 superseded by a later sheet, 0 late and dropped); dry run: nothing written

                """)
        #expect(
            outcome.diagnostics == [
                "\(shop.path("ada.json")): warning: the answer to 'ma' does not fit the edited question; "
                    + "counted as unanswered (give it a mark with --marks if it deserves one)"
            ])
        #expect(!FileManager.default.fileExists(atPath: shop.path("out.csv")))
    }

    @Test("unchanged and still-fitting answers keep their scores; the new credit applies")
    func regradedScores() throws {
        let shop = try shop()
        defer { removeTemporaryDirectory(shop.directory) }
        let key = try QuizFile.loadKey(path: shop.path("new.gift"))
        let submissions = try [shop.path("ada.json"), shop.path("bob.json")].map { path in
            Gradebook.Submission(path: path, sheet: try SheetFile.load(path))
        }
        let book = try Gradebook(key: key, keyPath: "new.gift", submissions: submissions)
        let ada = try #require(book.sheets.first { $0.learner == "Ada" })
        #expect(ada.items.map(\.score.points) == [1, 0, 0, 0, 1, 0])
        #expect(ada.items.map(\.change) == [.edited, .edited, nil, nil, nil, nil])
        #expect(ada.items[1].response == nil)
        #expect(book.sheets.first { $0.learner == "Bob" }?.points == 1)
        #expect(book.movedScores == nil)
    }

    @Test("a version 1 sheet grades against its own key and is refused, with the fix, against a changed one")
    func versionOne() throws {
        let old = sampleKey()
        var sheet = AnswerSheet(
            quiz: old, learner: "Ada", submittedAt: Date(timeIntervalSince1970: 0), answers: ["tf": .bool(false)])
        sheet.format = AnswerSheet.firstVersion
        sheet.questions = nil
        sheet.seal = nil
        let (_, warnings) = try AnswerSheet.validated(sheet.encoded(), key: old)
        #expect(warnings.isEmpty)
        let fixed = try QuizFile.parseGIFT(Data(Self.fixedKeyText.utf8), path: "scaling.gift")
        #expect(throws: SheetProblem.self) { try AnswerSheet.validated(sheet.encoded(), key: fixed) }
        do { _ = try AnswerSheet.validated(sheet.encoded(), key: fixed) } catch {
            #expect(
                error.reason.hasSuffix("grade it with the key it was answered on, or have the learner answer again"))
        }
    }

    @Test("a sheet whose learner was edited by hand is flagged: its seal no longer matches")
    func seal() throws {
        let key = sampleKey()
        let sheet = AnswerSheet(
            quiz: key, learner: "Ada", submittedAt: Date(timeIntervalSince1970: 0), answers: ["tf": .bool(false)])
        let edited = String(decoding: sheet.encoded(), as: UTF8.self).replacingOccurrences(
            of: "\"Ada\"", with: "\"Eve\"")
        let (read, warnings) = try AnswerSheet.validated(Data(edited.utf8), key: key)
        #expect(read.learner == "Eve")
        #expect(warnings.count == 1 && warnings[0].en.hasPrefix("warning: edited after it was written"))
        #expect(try AnswerSheet.validated(sheet.encoded(), key: key).1.isEmpty)
    }

    @Test("a question's digest is of what the paper shows: the same for the key and for a quiz read from its paper")
    func digestOfPaper() throws {
        let key = sampleKey()
        let quiz = try QuizPaper.decode(QuizPaper(key: key, order: ChoiceOrder(seed: "Ada")).encoded(), file: "p.json")
            .makeQuiz()
        #expect(quiz.questionDigests == key.questionDigests)
        let fixed = try QuizFile.parseGIFT(Data(Self.fixedKeyText.utf8), path: "scaling.gift").questionDigests
        #expect(key.questionDigests.keys.sorted().filter { fixed[$0] != key.questionDigests[$0] } == ["ma", "mc"])
    }
}
