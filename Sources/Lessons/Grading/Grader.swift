import Foundation
import LabText

/// The one entry point of `scalelab grade`: reads the key and the sheets, writes the report and feedback files.
package enum Grader {
    /// Grades everything `request` names; never throws: problems become diagnostics and the exit status.
    package static func run(_ request: GradeRequest) -> GradeOutcome {
        let key: Quiz
        var options = GradingOptions(deadline: request.deadline, latePolicy: request.latePolicy)
        let found: (paths: [String], skipped: [Gradebook.Rejection])
        do {
            try checkOutputs(request)
            key = try QuizFile.loadKey(path: request.keyPath)
            options.previousKey = try request.previousKeyPath.map { try QuizFile.loadKey(path: $0) }
            options.marks = try request.marksPath.map(readMarks) ?? []
            guard !request.inputs.isEmpty else { return usage("no answer sheets given; name sheet files or folders") }
            found = try SheetCollector.paths(request.inputs)
        } catch let error as SheetInputError {
            return usage(error.message)
        } catch let error as OutputFileError {
            return usage(UntrustedText.oneLine(error.description, limit: 500))
        } catch let error as MarkProblems {
            return GradeOutcome(
                exitStatus: 2, report: "", diagnostics: error.messages.map { UntrustedText.oneLine($0, limit: 500) })
        } catch {
            return usage(String(describing: error))
        }
        let (submissions, rejected) = load(found.paths)
        do {
            var book = try Gradebook(
                key: key, keyPath: request.keyPath, submissions: submissions, rejected: rejected, options: options)
            book.skipped = found.skipped
            return GradeOutput.finish(book, request)
        } catch {
            return GradeOutcome(
                exitStatus: 2, report: "", diagnostics: error.messages.map { UntrustedText.oneLine($0, limit: 500) })
        }
    }

    /// The report text of `book` in `format` (CSV with a byte order mark when `excel`).
    package static func report(
        _ book: Gradebook, format: ReportFormat, language: Language = .en, excel: Bool = false
    ) -> String {
        var text = ""
        write(book, format: format, language: language, excel: excel, to: &text)
        return text
    }

    /// Writes the report of `book` in `format` to `stream`.
    package static func write(
        _ book: Gradebook, format: ReportFormat, language: Language = .en, excel: Bool = false,
        to stream: inout some TextOutputStream
    ) {
        switch format {
        case .csv: CSVReport.write(book, excel: excel, to: &stream)
        case .json: stream.write(JSONReport.render(book, statistics: ItemStatistics(sheets: book.sheets)))
        case .junit: stream.write(JUnitReport.render(book))
        case .markdown:
            stream.write(
                MarkdownReport.render(book, statistics: ItemStatistics(sheets: book.sheets), language: language))
        }
    }

    /// The sheets at `paths` read into submissions, and the ones that could not be read.
    static func load(_ paths: [String]) -> ([Gradebook.Submission], [Gradebook.Rejection]) {
        var submissions: [Gradebook.Submission] = []
        var rejected: [Gradebook.Rejection] = []
        let results = ParallelMap.map(paths.count) { index in
            Result { () throws(SheetProblem) in try SheetFile.load(paths[index]) }
        }
        for (path, result) in zip(paths, results) {
            switch result {
            case .success(let sheet): submissions.append(Gradebook.Submission(path: path, sheet: sheet))
            case .failure(let problem): rejected.append(Gradebook.Rejection(path: path, reason: problem.reason))
            }
        }
        return (submissions, rejected)
    }

    private static func checkOutputs(_ request: GradeRequest) throws {
        guard !request.dryRun else { return }
        if let path = request.outPath { try OutputFile.checkWritable(path, replacing: request.force) }
        if let path = request.marksTemplatePath { try OutputFile.checkWritable(path, replacing: request.force) }
        if let folder = request.feedbackDirectory { try FeedbackWriter.checkWritable(folder) }
    }

    private static func readMarks(_ path: String) throws -> [Mark] {
        let data = try QuizFile.read(path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw MarkProblems(messages: ["\(path): not valid UTF-8 text; save the marks as CSV UTF-8"])
        }
        return try Marks.parse(text, file: path)
    }

    static func usage(_ message: String) -> GradeOutcome {
        GradeOutcome(exitStatus: 2, report: "", diagnostics: [message])
    }
}
