import Foundation
import LabText

/// Writes what a grading run produced: the report, feedback files, a marks template, or only a dry run's summary.
enum GradeOutput {
    /// The outcome of `book` for `request`: files written (unless a dry run), the text for standard output, diagnostics.
    static func finish(_ book: Gradebook, _ request: GradeRequest) -> GradeOutcome {
        var outcome = GradeOutcome(
            exitStatus: book.rejected.isEmpty ? 0 : 1, report: "",
            diagnostics: book.diagnostics(language: request.language),
            graded: book.sheets.count)
        guard !request.dryRun else {
            outcome.report =
                RegradeSummary.lines(book, dryRun: true, language: request.language).joined(separator: "\n") + "\n"
            return outcome
        }
        let regrade = Localized(en: "regrade: ", ko: "재채점: ").text(request.language)
        outcome.diagnostics += RegradeSummary.lines(book, dryRun: false, language: request.language).map {
            regrade + $0
        }
        do {
            if let path = request.marksTemplatePath {
                try OutputFile.write(Data(Marks.template(book).utf8), to: path, replacing: request.force)
                let shown = UntrustedText.oneLine(path)
                outcome.report =
                    Localized(
                        en: "marks template written to \(shown): fill in the points column, then grade with --marks\n",
                        ko: "점수 양식을 \(shown)에 썼습니다. points 열을 채운 뒤 --marks로 채점하십시오\n"
                    ).text(request.language)
                return outcome
            }
            if let directory = request.feedbackDirectory {
                outcome.feedbackFiles = try FeedbackWriter.write(
                    book, to: directory, language: request.language, replacing: request.force
                ).count
            }
            outcome.report = try report(book, request)
        } catch {
            let text = (error as? OutputFileError)?.text(request.language) ?? String(describing: error)
            outcome.diagnostics.append(UntrustedText.oneLine(text, limit: 500))
            outcome.exitStatus = 2
        }
        return outcome
    }

    /// Writes the report to `--out` (returning the summary or nothing to print), or returns it to print.
    private static func report(_ book: Gradebook, _ request: GradeRequest) throws -> String {
        let summary = request.summary ? SummaryChart.render(book, language: request.language) : nil
        guard let path = request.outPath else {
            return summary
                ?? Grader.report(book, format: request.format, language: request.language, excel: request.excel)
        }
        var stream = try OutputFileStream(path: path)
        Grader.write(book, format: request.format, language: request.language, excel: request.excel, to: &stream)
        try stream.commit(replacing: request.force)
        return summary ?? ""
    }
}
