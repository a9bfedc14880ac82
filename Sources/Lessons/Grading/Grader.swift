import Foundation

/// The one entry point of `scalelab grade`: reads the key and the sheets, writes the report and feedback files.
package enum Grader {
    /// Grades everything `request` names; never throws: problems become diagnostics and the exit status.
    package static func run(_ request: GradeRequest) -> GradeOutcome {
        if let outPath = request.outPath, FileManager.default.fileExists(atPath: outPath) {
            return usage("\(UntrustedText.oneLine(outPath)): already exists; choose another --out file")
        }
        let key: Quiz
        let paths: [String]
        do {
            key = try QuizFile.loadKey(path: request.keyPath)
            guard !request.inputs.isEmpty else { return usage("no answer sheets given; name sheet files or folders") }
            paths = try SheetCollector.paths(request.inputs)
        } catch let error as SheetInputError {
            return usage(error.message)
        } catch {
            return usage(String(describing: error))
        }
        return finish(Gradebook(key: key, keyPath: request.keyPath, paths: paths), request)
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
