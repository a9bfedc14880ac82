import ArgumentParser
import Experiments
import Lessons

/// `grade --key KEY.gift SHEETS...`: a gradebook, item statistics and feedback for a workshop.
struct GradeCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade", abstract: "Grade answer sheets: grade --key KEY.gift [--format csv|json|junit|markdown] SHEET_OR_DIR...")
    static let summary = Localized(en: "Grade answer sheets against a key: gradebook, item statistics, feedback",
                                   ko: "답안지를 정답 키로 채점합니다: 성적표, 문항 통계, 피드백")
    static let completion = ArgumentCompletion.files

    @Option(help: "The GIFT answer key.") var key: String?
    @Option(help: "Grade design files (.mmd, or folders of them) against this design challenge instead.") var challenge: String?
    @Option(help: "csv, json, junit or markdown.") var format = "csv"
    @Option(help: "Write the report to this file (never replaced).") var out: String?
    @Option(help: "Write one feedback file per learner into this folder.") var feedback: String?
    @Argument(help: "Answer sheets (.json) and folders of them.") var inputs: [String]

    mutating func run(in session: Session) throws {
        guard let reportFormat = ReportFormat(rawValue: format.lowercased()) else {
            throw LabError.usage("grade: unknown format '\(format)'", hint: "use csv, json, junit or markdown")
        }
        if let challenge { return try gradeDesigns(challenge, format: reportFormat, in: session) }
        guard let key else { throw LabError.usage("grade: give --key KEY.gift (or --challenge CHALLENGE for design files)", hint: "grade --key quiz.gift sheets/") }
        let outcome = Grader.run(GradeRequest(keyPath: key, inputs: inputs, format: reportFormat, outPath: out,
                                              feedbackDirectory: feedback,
                                              language: session.language == .ko ? .ko : .en))
        for line in outcome.diagnostics { session.console.printError(line) }
        // NB: "\r\n" is one Character, so test the last byte, not hasSuffix("\n").
        if !outcome.report.isEmpty { session.console.write(outcome.report.utf8.last == 10 ? outcome.report : outcome.report + "\n") }
        switch outcome.exitStatus {
        case 0: return
        case 2: throw LabError.usage("grade: nothing was graded", hint: "see the messages above")
        default: throw LabError("grade: some sheets could not be graded; the others are in the report")
        }
    }
}

extension GradeCommand {
    /// `grade --challenge CHALLENGE DESIGNS...`: the design lab's grading (ChallengeGrading).
    private func gradeDesigns(_ challenge: String, format: ReportFormat, in session: Session) throws {
        let (report, rejected) = try ChallengeGrading.run(challenge: challenge, inputs: inputs, format: format, out: out, session: session)
        if !report.isEmpty { session.console.write(report.utf8.last == 10 ? report : report + "\n") }
        if rejected > 0 { throw LabError("grade: some designs could not be graded; the others are in the report") }
    }
}
