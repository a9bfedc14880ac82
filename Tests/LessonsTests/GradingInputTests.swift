import Foundation
import Testing

@testable import Lessons

@Suite("Grading input that used to flood or fail late")
struct GradingInputTests {
    @Test("1,000 sheets of one learner give one note line, not a line per sheet")
    func manyDuplicates() throws {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        try OutputFile.write(Data(sampleKeyText.utf8), to: directory + "/scaling.gift")
        let sheet = AnswerSheet(
            quiz: sampleKey(), learner: "Ada", submittedAt: Date(timeIntervalSince1970: 0), answers: [:]
        ).encoded()
        try FileManager.default.createDirectory(atPath: directory + "/in", withIntermediateDirectories: true)
        for index in 0..<1000 { try OutputFile.write(sheet, to: directory + "/in/\(index).json") }
        let outcome = Grader.run(GradeRequest(keyPath: directory + "/scaling.gift", inputs: [directory + "/in"]))
        #expect(outcome.diagnostics.count == 1)
        #expect(
            outcome.diagnostics[0].contains("handed in 1000 sheets") && outcome.diagnostics[0].contains("and 996 more"))
        #expect(outcome.graded == 1)
    }

    @Test("a read-only --out folder fails before anything is graded or printed")
    func readOnlyOut() throws {
        let directory = makeTemporaryDirectory()
        defer {
            chmod(directory + "/locked", 0o755)
            removeTemporaryDirectory(directory)
        }
        try OutputFile.write(Data(sampleKeyText.utf8), to: directory + "/scaling.gift")
        try FileManager.default.createDirectory(atPath: directory + "/locked", withIntermediateDirectories: true)
        chmod(directory + "/locked", 0o555)
        guard access(directory + "/locked", W_OK) != 0 else { return }  // root writes anywhere: nothing to check
        for request in [
            GradeRequest(
                keyPath: directory + "/scaling.gift", inputs: [directory], outPath: directory + "/locked/out.csv"),
            GradeRequest(
                keyPath: directory + "/scaling.gift", inputs: [directory], feedbackDirectory: directory + "/locked/fb")
        ] {
            let outcome = Grader.run(request)
            #expect(outcome.exitStatus == 2 && outcome.report.isEmpty)
            #expect(
                outcome.diagnostics.count == 1
                    && outcome.diagnostics[0].contains("is read-only; choose a folder you can write to"))
        }
    }
}
