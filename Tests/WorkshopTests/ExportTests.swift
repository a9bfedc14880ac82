import Foundation
import Lessons
import Testing

@testable import Workshop

@Suite struct ExportTests {
    @Test("the export is byte for byte what 'grade' writes for the same sheets, in every format")
    func sameAsGrade() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let mina = try await harness.join("Mina")
        let joon = try await harness.join("Joon")
        for (question, response) in WorkshopHarness.rightAnswers {
            _ = await harness.answer(question, response, token: mina)
        }
        _ = await harness.answer("pick", .text("Disk"), token: joon)
        _ = await harness.send(.POST, "/api/quiz/week1/submit", token: mina)
        _ = await harness.send(.POST, "/api/quiz/week1/submit", token: joon)
        let key = try QuizFile.loadKey(path: harness.folder + "/week1.gift")
        let sheets = harness.folder + "/sheets"
        try FileManager.default.createDirectory(atPath: sheets, withIntermediateDirectories: true)
        for submission in try harness.workshop.store.latestSubmissions(quiz: "week1") {
            let time = try #require(GradingOptions.deadline(submission.submittedAt))
            let sheet = AnswerSheet(
                quiz: key, learner: submission.learner, submittedAt: time, answers: submission.answers)
            try sheet.write(to: sheets + "/submission-\(submission.number).json")
        }
        for format in ReportFormat.allCases {
            let exported = try WorkshopExport(store: harness.workshop.store).report(quiz: nil, format: format)
            let graded = Grader.run(
                GradeRequest(keyPath: harness.folder + "/week1.gift", inputs: [sheets], format: format))
            let expected = graded.report.replacingOccurrences(of: sheets + "/", with: "").replacingOccurrences(
                of: harness.folder + "/", with: "")
            #expect(exported.exitStatus == 0)
            #expect(exported.report == expected, "format \(format)")
        }
    }

    @Test("the export writes one feedback file per learner and names the quiz when there are several")
    func feedbackAndQuizChoice() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        _ = await harness.answer("pick", .text("CDN"), token: token)
        _ = await harness.send(.POST, "/api/quiz/week1/submit", token: token)
        let feedback = harness.folder + "/feedback"
        _ = try WorkshopExport(store: harness.workshop.store).report(
            quiz: "week1", format: .markdown, feedbackDirectory: feedback)
        #expect(try FileManager.default.contentsOfDirectory(atPath: feedback).count == 1)
        try harness.workshop.store.addQuiz(id: "week2", keyText: WorkshopHarness.quizText, state: .open)
        #expect(throws: WorkshopError.self) {
            try WorkshopExport(store: harness.workshop.store).report(quiz: nil, format: .csv)
        }
        #expect(throws: WorkshopError.self) {
            try WorkshopExport(store: harness.workshop.store).report(quiz: "week3", format: .csv)
        }
    }
}
