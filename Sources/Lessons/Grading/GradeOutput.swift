import Foundation

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
        outcome.diagnostics += RegradeSummary.lines(book, dryRun: false, language: request.language).map {
            "regrade: " + $0
        }
        do {
            if let path = request.marksTemplatePath {
                try OutputFile.write(Data(Marks.template(book).utf8), to: path, replacing: request.force)
                outcome.report =
                    "marks template written to \(UntrustedText.oneLine(path)): fill in the points column, then grade with --marks\n"
                return outcome
            }
            if let directory = request.feedbackDirectory {
                outcome.feedbackFiles = try FeedbackWriter.write(
                    book, to: directory, language: request.language, replacing: request.force
                ).count
            }
            outcome.report = try report(book, request)
        } catch {
            outcome.diagnostics.append(UntrustedText.oneLine(String(describing: error), limit: 500))
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
