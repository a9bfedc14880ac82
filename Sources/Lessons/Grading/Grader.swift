import Foundation

/// The one entry point of `scalelab grade`: reads the key and the sheets, writes the report and feedback files.
package enum Grader {
    /// Grades everything `request` names; never throws: problems become diagnostics and the exit status.
    package static func run(_ request: GradeRequest) -> GradeOutcome {
        let key: Quiz
        let found: (paths: [String], skipped: [Gradebook.Rejection])
        do {
            if let outPath = request.outPath { try OutputFile.checkWritable(outPath) }
            if let folder = request.feedbackDirectory { try FeedbackWriter.checkWritable(folder) }
            key = try QuizFile.loadKey(path: request.keyPath)
            guard !request.inputs.isEmpty else { return usage("no answer sheets given; name sheet files or folders") }
            found = try SheetCollector.paths(request.inputs)
        } catch let error as SheetInputError {
            return usage(error.message)
        } catch let error as OutputFileError {
            return usage(UntrustedText.oneLine(error.description, limit: 500) + " (given to --out or --feedback)")
        } catch {
            return usage(String(describing: error))
        }
        var book = Gradebook(key: key, keyPath: request.keyPath, paths: found.paths)
        book.skipped = found.skipped
        return finish(book, request)
    }

    /// The report text of `book` in `format`.
    package static func report(_ book: Gradebook, format: ReportFormat, language: ReportLanguage = .en) -> String {
        switch format {
        case .csv: CSVReport.render(book)
        case .json: JSONReport.render(book, statistics: ItemStatistics(sheets: book.sheets))
        case .junit: JUnitReport.render(book)
        case .markdown: MarkdownReport.render(book, statistics: ItemStatistics(sheets: book.sheets), language: language)
        }
    }

    private static func finish(_ book: Gradebook, _ request: GradeRequest) -> GradeOutcome {
        var diagnostics = book.diagnostics
        var report = report(book, format: request.format, language: request.language)
        do {
            if let directory = request.feedbackDirectory {
                _ = try FeedbackWriter.write(book, to: directory, language: request.language)
            }
            if let outPath = request.outPath {
                try OutputFile.write(Data(report.utf8), to: outPath)
                report = ""
            }
        } catch {
            diagnostics.append(UntrustedText.oneLine(String(describing: error), limit: 500))
            return GradeOutcome(exitStatus: 2, report: report, diagnostics: diagnostics)
        }
        return GradeOutcome(exitStatus: book.rejected.isEmpty ? 0 : 1, report: report, diagnostics: diagnostics)
    }

    private static func usage(_ message: String) -> GradeOutcome {
        GradeOutcome(exitStatus: 2, report: "", diagnostics: [message])
    }
}
