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
            guard !request.inputs.isEmpty else {
                return usage(
                    Localized(
                        en: "no answer sheets given; name sheet files or folders",
                        ko: "답안지를 주지 않았습니다. 답안지 파일이나 폴더를 적으십시오"
                    ).text(request.language))
            }
            found = try SheetCollector.paths(request.inputs)
        } catch {
            return failure(error, request.language)
        }
        do {
            var book = try Gradebook(
                key: key, keyPath: request.keyPath, scored: grade(found.paths, key: key, options: options),
                rejected: [],
                options: options)
            book.skipped = found.skipped
            return GradeOutput.finish(book, request)
        } catch {
            return failure(error, request.language)
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
        to stream: inout some ReportStream
    ) {
        switch format {
        case .csv: CSVReport.write(book, excel: excel, to: &stream)
        case .json: JSONReport.write(book, statistics: ItemStatistics(sheets: book.sheets), to: &stream)
        case .junit: JUnitReport.write(book, to: &stream)
        case .markdown:
            MarkdownReport.write(book, statistics: ItemStatistics(sheets: book.sheets), language: language, to: &stream)
        }
    }

    /// Each sheet at `paths` read and graded on both cores (the sheet itself is not kept), in path order.
    static func grade(_ paths: [String], key: Quiz, options: GradingOptions)
        -> [(path: String, result: Result<ScoredSheet, SheetProblem>)]
    {
        let scorer = SheetScorer(key: GradingKey(key), previous: options.previousKey.map(GradingKey.init))
        return ScoredSheet.all(paths.count, scorer: scorer, path: { paths[$0] }) { scorer, index throws(SheetProblem) in
            try scorer.score(file: SheetFile.contents(paths[index]), path: paths[index])
        }
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
            throw MarkProblems(messages: [
                Localized(
                    en: "\(path): not valid UTF-8 text; save the marks as CSV UTF-8",
                    ko: "\(path): 올바른 UTF-8 텍스트가 아닙니다. 점수 파일을 CSV UTF-8로 저장하십시오")
            ])
        }
        return try Marks.parse(text, file: path)
    }

    /// The outcome of an input that could not be read: its message in `language`, exit status 2.
    private static func failure(_ error: any Error, _ language: Language) -> GradeOutcome {
        switch error {
        case let error as SheetInputError: return usage(error.message.text(language))
        case let error as OutputFileError: return usage(UntrustedText.oneLine(error.text(language), limit: 500))
        case let error as MarkProblems:
            return GradeOutcome(
                exitStatus: 2, report: "",
                diagnostics: error.messages.map { UntrustedText.oneLine($0.text(language), limit: 500) })
        case let error as QuizFileError: return usage(UntrustedText.oneLine(error.text(language), limit: 500))
        case let error as GIFTErrors: return usage(error.text(language))
        default: return usage(String(describing: error))
        }
    }

    static func usage(_ message: String) -> GradeOutcome {
        GradeOutcome(exitStatus: 2, report: "", diagnostics: [message])
    }
}
