import Foundation
import GradingBenchmarks
import Testing

@testable import Lessons

@Suite("Reports of a generated batch keep their bytes")
struct GeneratedBatchReportTests {
    /// The bench key of 12 questions with two choices renamed (edited questions), a credit raised and a question added.
    static func fixedKey(_ old: String) -> String {
        old.replacingOccurrences(of: "~A cache#No", with: "~A CDN#No")
            .replacingOccurrences(of: "~%-100%Database", with: "~%-100%DB")
            .replacingOccurrences(of: "=%50%breaker", with: "=breaker")
            + "\n\n::q12-added:: Is a replica a backup? {F}"
    }

    /// Essay marks, an override with a comment, and a mark for a learner known by name.
    static let marks = """
        learner,question,points,comment
        s0,q5-essay,0.5,"Good, but short"
        s3,q11-essay,1,
        s4,q2-tf,0,override
        learner-2,q5-essay,0.25,terse

        """

    /// 30 generated sheets (seed 42) answered on the old key, two resubmissions and a late sheet, graded with the
    /// fixed key, the old one as `--previous-key`, marks, a deadline and a 10% late penalty.
    func grade(_ format: ReportFormat, feedback: Bool, _ name: String = #function) throws -> (
        report: String, diagnostics: [String], feedback: String
    ) {
        let directory = makeTemporaryDirectory(name)
        defer { removeTemporaryDirectory(directory) }
        let path = { (file: String) in directory + "/" + file }
        let oldText = GradingBenchmark.key(questions: 12)
        try OutputFile.write(Data(oldText.utf8), to: path("old.gift"))
        try OutputFile.write(Data(Self.fixedKey(oldText).utf8), to: path("new.gift"))
        try OutputFile.write(Data(Self.marks.utf8), to: path("marks.csv"))
        let old = try QuizFile.loadKey(path: path("old.gift"))
        try FileManager.default.createDirectory(atPath: path("sheets"), withIntermediateDirectories: true)
        _ = try SheetGenerator.write(count: 30, key: old, directory: path("sheets"), seed: 42)
        for (file, id, seconds) in [("again-s1", "s1", 120.0), ("early-s2", "s2", -100), ("late-s5", "s5", 30)] {
            var sheet = AnswerSheet(
                quiz: old, learner: "again \(id)", submittedAt: Date(timeIntervalSince1970: 1_700_000_000 + seconds),
                answers: ["q0-mc": .text("A cache"), "q2-tf": .bool(false), "q4-sa": .text("breaker")])
            sheet.learnerID = id
            sheet.seal = sheet.computedSeal
            try OutputFile.write(sheet.encoded(), to: path("sheets/\(file).json"))
        }
        var request = GradeRequest(
            keyPath: path("new.gift"), inputs: [path("sheets")], format: format, outPath: path("report"),
            feedbackDirectory: feedback ? path("feedback") : nil)
        request.previousKeyPath = path("old.gift")
        request.marksPath = path("marks.csv")
        request.deadline = Date(timeIntervalSince1970: 1_700_000_010)
        request.latePolicy = .penalise(0.1)
        let outcome = Grader.run(request)
        #expect(outcome.exitStatus == 1, "\(outcome.diagnostics)")
        let files = feedback ? try FileManager.default.contentsOfDirectory(atPath: path("feedback")).sorted() : []
        let letters = try files.map {
            "== \($0)\n" + (try String(contentsOfFile: path("feedback/" + $0), encoding: .utf8))
        }
        let anonymous = { (text: String) in text.replacingOccurrences(of: directory + "/", with: "") }
        return (
            anonymous(try String(contentsOfFile: path("report"), encoding: .utf8)), outcome.diagnostics.map(anonymous),
            anonymous(letters.joined())
        )
    }

    @Test("each format's report is byte-identical to the one recorded", arguments: ReportFormat.allCases)
    func report(format: ReportFormat) throws {
        let graded = try grade(format, feedback: format == .markdown)
        try Golden.check(graded.report, named: "generated-batch.\(format.rawValue)")
        if format == .csv {
            try Golden.check(
                graded.diagnostics.joined(separator: "\n") + "\n", named: "generated-batch-diagnostics.txt")
        }
        if format == .markdown { try Golden.check(graded.feedback, named: "generated-batch-feedback.md") }
    }
}
