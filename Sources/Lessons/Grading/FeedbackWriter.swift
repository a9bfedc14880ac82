import Foundation

/// Writes one Markdown feedback file per learner: answers, right answers and explanations.
///
/// Names come from the sanitised learner name (never from a path inside a sheet); a taken name gets
/// `-2`, `-3`, ...; nothing existing is overwritten.
enum FeedbackWriter {
    /// Throws unless feedback files can be written into `directory`: a writable folder, or a new one in a writable folder.
    static func checkWritable(_ directory: String) throws(OutputFileError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw OutputFileError(path: directory, reason: "is a file, not a folder; choose a folder for feedback files") }
            guard access(directory, W_OK) == 0 else { throw OutputFileError(path: directory, reason: "is read-only; choose a folder you can write to") }
            return
        }
        try OutputFile.checkWritable(directory)
    }

    /// Writes the files into `directory` (created if missing) and returns their paths in gradebook order.
    static func write(_ book: Gradebook, to directory: String, language: ReportLanguage) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let labels = MarkdownLabels(language: language)
        return try book.sheets.enumerated().map { index, sheet in
            let stem = SafeFileName.stem(for: sheet.learner, sequence: index + 1)
            let text = render(sheet, quiz: book.key.id, labels: labels)
            return try OutputFile.writeNumbered(Data(text.utf8), directory: directory, stem: stem, ext: "md")
        }
    }

    /// The feedback text of one sheet.
    static func render(_ sheet: GradedSheet, quiz: String, labels: MarkdownLabels) -> String {
        var lines = [
            "# \(MarkdownReport.cell(quiz)): \(labels.feedbackTitle), \(MarkdownReport.cell(sheet.learner))", "",
            "\(labels.score): \(DecimalText.format(sheet.points)) / \(DecimalText.format(sheet.maxPoints)) (\(DecimalText.format(sheet.percent, digits: 1))%)",
        ]
        for (number, item) in sheet.items.enumerated() {
            lines += ["", "## \(number + 1). \(MarkdownReport.cell(item.question.id))", "",
                      UntrustedText.multiLine(item.question.text), ""]
            lines += details(item, labels)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func details(_ item: GradedSheet.GradedItem, _ labels: MarkdownLabels) -> [String] {
        let answer: String
        if case .text(let text)? = item.response, item.question.kind == .essay {
            answer = "\n\n" + UntrustedText.multiLine(text).split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
        } else {
            answer = item.response.map { MarkdownReport.cell($0.displayText) } ?? labels.noAnswer
        }
        let score = item.score
        var lines = [
            "- \(labels.yourAnswer): \(answer)",
            "- \(labels.rightAnswer): \(MarkdownReport.cell(score.rightAnswer))",
            "- \(labels.result): \(score.verdict.rawValue) (\(DecimalText.format(score.points)) / \(DecimalText.format(score.maxPoints)))",
        ]
        lines += score.feedback.map { "- \(labels.feedback): \(UntrustedText.multiLine($0))" }
        let label = item.question.kind == .essay ? labels.modelAnswer : labels.explanation
        lines += [item.question.generalFeedback].compactMap { $0 }.map { "- \(label): \(UntrustedText.multiLine($0))" }
        return lines
    }
}
