import Foundation
import Testing

@testable import Lessons

@Suite("Response analysis and exports an instructor can use")
struct GradingReportsTests {
    /// Four sheets: three pick a multiple-choice answer, one leaves it out; two carry an id and e-mail.
    func book() throws -> Gradebook {
        let key = sampleKey()
        let picks: [(String, String?)] = [
            ("Ada", "A second server"), ("Bob", "A bigger server"), ("Cho", "A second server"), ("Dan", nil)
        ]
        let submissions = picks.enumerated().map { index, pick in
            Gradebook.Submission(
                path: "\(index).json",
                sheet: AnswerSheet(
                    quiz: key, learner: pick.0, learnerID: index < 2 ? "s\(index)" : nil,
                    email: index < 2 ? "\(pick.0)@uni.kr" : nil,
                    submittedAt: Date(timeIntervalSince1970: 0), answers: pick.1.map { ["mc": .text($0)] } ?? [:]))
        }
        return try Gradebook(key: key, keyPath: "scaling.gift", submissions: submissions)
    }

    @Test("each choice's count and share, the right one marked, the score histogram and SD")
    func responseAnalysis() throws {
        let book = try book()
        let mc = try #require(ResponseAnalysis(sheets: book.sheets, key: book.key).items.first)
        #expect(mc.answers.map(\.text) == ["A second server", "A bigger server", "A cache"])
        #expect(mc.answers.map(\.count) == [2, 1, 0] && mc.answers.map(\.share) == [0.5, 0.25, 0])
        #expect(mc.answers.map(\.isRight) == [true, false, false] && mc.answers[1].credit == 0.5)
        #expect(mc.unanswered == 1)
        #expect(mc.histogram == [.init(points: 0, count: 1), .init(points: 0.5, count: 1), .init(points: 1, count: 2)])
        let sd = try #require(mc.standardDeviation)
        #expect(abs(sd - (0.6875 / 3).squareRoot()) < 1e-12)
        let json = Grader.report(book, format: .json)
        #expect(json.contains("\"answer\" : \"A bigger server\"") && json.contains("\"standard_deviation\""))
        let markdown = Grader.report(book, format: .markdown)
        #expect(
            markdown.contains("| A second server | 2 | 50% | ✓ |")
                && markdown.contains("| A bigger server | 1 | 25% | 50% |"))
    }

    @Test("the CSV carries id and e-mail columns when sheets have them, and a BOM for Excel")
    func csvColumns() throws {
        let csv = Grader.report(try book(), format: .csv, excel: true)
        #expect(csv.hasPrefix("\u{FEFF}Full name,ID number,Email address,Grade,"))
        #expect(csv.contains("\r\nAda,s0,Ada@uni.kr,1,5,20,1970-01-01T00:00:00Z,,0.json,1,"))
        #expect(csv.contains("\r\nCho,,,1,5,"))
        #expect(!Grader.report(try book(), format: .csv).hasPrefix("\u{FEFF}"))
    }

    @Test("feedback names come from the learner, never a position: Hangul names are hashed, the same every run")
    func slugs() throws {
        let sheets = ["김민준", "Kim Minji", "../etc", "Ada"].map { GradedSheet(path: $0, learner: $0, items: []) }
        let slugs = FeedbackWriter.slugs(sheets)
        #expect(slugs == FeedbackWriter.slugs(sheets.reversed()).reversed())
        #expect(
            slugs[3] == "Ada" && slugs[0].hasPrefix("learner-") && slugs[1].hasPrefix("Kim_Minji-")
                && slugs[2].hasPrefix("etc-"))
    }

    @Test("subfolders are scanned; a folder with no sheet is an error naming it")
    func folders() throws {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        try OutputFile.write(Data(sampleKeyText.utf8), to: directory + "/scaling.gift")
        try FileManager.default.createDirectory(
            atPath: directory + "/in/ada/attempt", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: directory + "/empty", withIntermediateDirectories: true)
        try AnswerSheet(quiz: sampleKey(), learner: "Ada", submittedAt: Date(timeIntervalSince1970: 0), answers: [:])
            .write(to: directory + "/in/ada/attempt/sheet.json")
        let found = Grader.run(GradeRequest(keyPath: directory + "/scaling.gift", inputs: [directory + "/in"]))
        #expect(found.exitStatus == 0 && found.graded == 1)
        let empty = Grader.run(GradeRequest(keyPath: directory + "/scaling.gift", inputs: [directory + "/empty"]))
        #expect(empty.exitStatus == 2)
        #expect(
            empty.diagnostics == [
                "\(directory)/empty: no answer sheets (*.json) found; hand in the files 'scalelab quiz ... --out' writes"
            ])
    }
}
