import Foundation
import LabText
import Lessons

/// The one bridge between the store and `scalelab grade`'s code: stored answers become answer-sheet files in a
/// private temporary folder, and `Grader.run` grades them exactly as it grades sheets handed in as files.
///
/// Report lines that name those files show `submission-N.json` (N the store's submission number) and `QUIZ.gift`.
package enum GradingAdapter {
    /// One learner's answers to grade, numbered for the report.
    package struct Sheet: Sendable {
        package var number: Int
        package var learner: String
        package var answers: [String: Response]
        package var submittedAt: String
    }

    /// The report of `sheets` against `quiz`'s key in `format`, with feedback files in `feedbackDirectory` if given.
    package static func grade(
        quiz: StoredQuiz, sheets: [Sheet], format: ReportFormat, language: Language = .en,
        feedbackDirectory: String? = nil
    ) throws -> GradeOutcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scalelab-workshop-\(WorkshopSecret.token())"
        ).path
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let keyPath = folder + "/" + quiz.id + ".gift"
        try Data(quiz.keyText.utf8).write(to: URL(fileURLWithPath: keyPath))
        let key = try QuizFile.loadKey(path: keyPath)
        let sheetFolder = folder + "/sheets"
        try FileManager.default.createDirectory(atPath: sheetFolder, withIntermediateDirectories: false)
        for sheet in sheets {
            // NB: the time goes in through the initialiser, which seals the sheet; setting it afterwards breaks the seal.
            let time = GradingOptions.deadline(sheet.submittedAt) ?? Date(timeIntervalSince1970: 0)
            let answerSheet = AnswerSheet(quiz: key, learner: sheet.learner, submittedAt: time, answers: sheet.answers)
            try answerSheet.write(to: sheetFolder + "/submission-\(sheet.number).json")
        }
        let request = GradeRequest(
            keyPath: keyPath, inputs: sheets.isEmpty ? [] : [sheetFolder], format: format,
            feedbackDirectory: feedbackDirectory, language: language)
        var outcome = Grader.run(request)
        outcome.report = outcome.report.replacingOccurrences(of: sheetFolder + "/", with: "")
            .replacingOccurrences(of: folder + "/", with: "")
        outcome.diagnostics = outcome.diagnostics.map {
            $0.replacingOccurrences(of: sheetFolder + "/", with: "").replacingOccurrences(of: folder + "/", with: "")
        }
        return outcome
    }
}
