import ArgumentParser
import Experiments
import Foundation
import LabText
import Lessons

/// `grade --key KEY.gift SHEETS...`: a gradebook, item statistics and feedback for a workshop.
struct GradeCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade answer sheets: grade --key KEY.gift [--format csv|json|junit|markdown] SHEET_OR_DIR...")
    static let summary = Localized(
        en: "Grade answer sheets against a key: gradebook, item statistics, feedback",
        ko: "답안지를 정답 키로 채점합니다: 성적표, 문항 통계, 피드백")
    static let completion = ArgumentCompletion.files

    @Option(help: "The GIFT answer key.") var key: String?
    @Option(help: "Grade design files (.mmd, or folders of them) against this design challenge instead.") var challenge:
        String?
    @Option(help: "csv, json, junit or markdown.") var format = "csv"
    @Option(help: "Write the report to this file (never replaced without --force).") var out: String?
    @Option(help: "Write one feedback file per learner into this folder.") var feedback: String?
    @Option(help: "The key the sheets were graded with before a fix: count the scores that moved.") var previousKey:
        String?
    @Option(help: "Merge manual marks from this CSV (learner,question,points,comment): essays and overrides.")
    var marks: String?
    @Option(help: "Write a marks CSV to fill in (a row per essay of each learner) instead of a report.")
    var marksTemplate: String?
    @Option(help: "Sheets submitted after this ISO 8601 time are late (2026-12-01T18:00:00Z, or with +09:00).")
    var deadline: String?
    @Option(help: "Late sheets: keep, penalise:N (N% off) or drop.") var late = "keep"
    @Flag(help: "Show which questions changed and how many scores moved; write nothing.") var dryRun = false
    @Flag(help: "Print a terminal summary (score distribution, facility per question) instead of the report.")
    var summary = false
    @Flag(help: "Start the CSV with a UTF-8 byte order mark for Excel and LibreOffice.") var excel = false
    @Flag(help: "Replace an existing --out file, marks template or feedback files.") var force = false
    @Argument(help: "Answer sheets (.json) and folders of them (subfolders too).") var inputs: [String]

    mutating func run(in session: Session) throws {
        if let challenge { return try gradeDesigns(challenge, format: try reportFormat(session), in: session) }
        let outcome = Grader.run(try request(session))
        for line in outcome.diagnostics { session.console.printError(line) }
        // NB: "\r\n" is one Character, so test the last byte, not hasSuffix("\n").
        if !outcome.report.isEmpty {
            session.console.write(outcome.report.utf8.last == 10 ? outcome.report : outcome.report + "\n")
        }
        if outcome.exitStatus != 0 { throw Self.failure(outcome, in: session) }
    }

    /// The closing error of a run that did not grade (or write) everything.
    private static func failure(_ outcome: GradeOutcome, in session: Session) -> LabError {
        let see = session.text(en: "see the messages above", ko: "위의 메시지를 보십시오")
        let (graded, files) = (outcome.graded, outcome.feedbackFiles)
        guard outcome.exitStatus == 1 else {
            if files > 0 {
                return LabError.usage(
                    session.text(
                        en: "grade: the report was not written (\(files) feedback files were)",
                        ko: "grade: 보고서를 쓰지 못했습니다 (피드백 파일 \(files)개는 썼습니다)"), hint: see)
            }
            if graded > 0 {
                return LabError.usage(
                    session.text(
                        en: "grade: \(graded) sheets were graded but nothing was written",
                        ko: "grade: 답안지 \(graded)장을 채점했지만 아무것도 쓰지 않았습니다"), hint: see)
            }
            return LabError.usage(session.text(en: "grade: nothing was graded", ko: "grade: 채점한 답안지가 없습니다"), hint: see)
        }
        if graded == 0 {
            return LabError(
                session.text(
                    en: "grade: no sheet could be graded; see the messages above",
                    ko: "grade: 채점할 수 있는 답안지가 없습니다. 위의 메시지를 보십시오"))
        }
        return LabError(
            session.text(
                en: "grade: some sheets could not be graded; the \(graded) others are in the report",
                ko: "grade: 채점하지 못한 답안지가 있습니다. 나머지 \(graded)장은 보고서에 있습니다"))
    }

    private func reportFormat(_ session: Session) throws -> ReportFormat {
        guard let reportFormat = ReportFormat(rawValue: format.lowercased()) else {
            let shown = UntrustedText.oneLine(format)
            throw LabError.usage(
                session.text(en: "grade: unknown format '\(shown)'", ko: "grade: 알 수 없는 형식 '\(shown)'"),
                hint: session.text(en: "use csv, json, junit or markdown", ko: "csv, json, junit, markdown 중 하나를 쓰세요"))
        }
        return reportFormat
    }

    private func request(_ session: Session) throws -> GradeRequest {
        let reportFormat = try reportFormat(session)
        guard let key else {
            throw LabError.usage(
                session.text(
                    en: "grade: give --key KEY.gift (or --challenge CHALLENGE for design files)",
                    ko: "grade: --key KEY.gift를 주세요(설계 파일이면 --challenge CHALLENGE)"),
                hint: "grade --key quiz.gift sheets/")
        }
        guard let policy = LatePolicy(text: late) else {
            let shown = UntrustedText.oneLine(late)
            throw LabError.usage(
                session.text(en: "grade: unknown late policy '\(shown)'", ko: "grade: 알 수 없는 지각 처리 '\(shown)'"),
                hint: session.text(
                    en: "use keep, penalise:10 (10% off) or drop", ko: "keep, penalise:10(10% 감점), drop 중 하나를 쓰세요"))
        }
        var request = GradeRequest(
            keyPath: key, inputs: inputs, format: reportFormat, outPath: out, feedbackDirectory: feedback,
            language: session.language == .ko ? .ko : .en)
        request.deadline = try deadlineDate(session)
        request.latePolicy = policy
        request.previousKeyPath = previousKey
        request.marksPath = marks
        request.marksTemplatePath = marksTemplate
        request.dryRun = dryRun
        request.summary = summary
        request.excel = excel
        request.force = force
        return request
    }

    /// `--deadline` read as a time, or nil when it is not given.
    private func deadlineDate(_ session: Session) throws -> Date? {
        guard let deadline else { return nil }
        guard let date = GradingOptions.deadline(deadline) else {
            let shown = UntrustedText.oneLine(deadline)
            throw LabError.usage(
                session.text(
                    en: "grade: --deadline '\(shown)' is not a time", ko: "grade: --deadline '\(shown)'은(는) 시각이 아닙니다"),
                hint: session.text(
                    en: "write it as 2026-12-01T18:00:00Z or 2026-12-01T18:00:00+09:00",
                    ko: "2026-12-01T18:00:00Z나 2026-12-01T18:00:00+09:00처럼 쓰세요"))
        }
        return date
    }
}

extension GradeCommand {
    /// `grade --challenge CHALLENGE DESIGNS...`: the design lab's grading (ChallengeGrading).
    private func gradeDesigns(_ challenge: String, format: ReportFormat, in session: Session) throws {
        let (report, rejected) = try ChallengeGrading.run(
            challenge: challenge, inputs: inputs,
            output: .init(format: format, out: out, feedback: feedback, force: force), session: session)
        if !report.isEmpty { session.console.write(report.utf8.last == 10 ? report : report + "\n") }
        if rejected > 0 {
            throw LabError(
                session.text(
                    en: "grade: some designs could not be graded; the others are in the report",
                    ko: "grade: 채점하지 못한 설계가 있습니다. 나머지는 보고서에 있습니다"))
        }
    }
}
