import LabText

extension MarkdownReport {
    /// Each question's answers with count, share and credit, its scores and their SD.
    static func responseAnalysis(_ analysis: ResponseAnalysis, _ labels: MarkdownLabels) -> [String] {
        var lines: [String] = []
        for item in analysis.items {
            let spread = item.standardDeviation.map { DecimalText.format($0, digits: 2) } ?? "n/a"
            lines += ["### \(cell(item.id)) (\(item.kind)), \(labels.standardDeviation) \(spread)", ""]
            if !item.answers.isEmpty {
                lines += [
                    "| \(labels.answer) | \(labels.count) | \(labels.share) | \(labels.right) |",
                    "| --- | ---: | ---: | :---: |"
                ]
                lines += item.answers.map {
                    "| \(cell($0.text)) | \($0.count) | \(percent($0.share)) | \(credit($0)) |"
                }
                lines += ["| \(labels.unanswered) | \(item.unanswered) | | |", ""]
            }
            let scores = item.histogram.map { "\(DecimalText.format($0.points)) × \($0.count)" }.joined(separator: ", ")
            lines += ["\(labels.histogram): \(scores.isEmpty ? "n/a" : scores)", ""]
        }
        return lines.dropLast()
    }

    /// The regrade: each changed question and how many scores moved (empty when nothing changed).
    static func changes(_ book: Gradebook, _ labels: MarkdownLabels) -> [String] {
        let lines = RegradeSummary.lines(book, dryRun: false)
        guard !lines.isEmpty else { return [] }
        return ["", "## \(labels.changes)", ""] + lines.map { "- \(cell($0))" }
    }

    /// Sheets superseded by a later one of the same learner, and late ones dropped (empty when none).
    static func leftOut(_ book: Gradebook, _ labels: MarkdownLabels) -> [String] {
        let rows = book.superseded.map { ($0, labels.superseded) } + book.dropped.map { ($0, labels.dropped) }
        guard !rows.isEmpty else { return [] }
        return [
            "", "## \(labels.leftOut)", "", "| \(labels.learner) | \(labels.submitted) | \(labels.file) | |",
            "| --- | --- | --- | --- |"
        ]
            + rows.map {
                "| \(cell($0.0.learner)) | \(AnswerSheet.timestamp($0.0.submittedAt)) | \(cell($0.0.path)) | \($0.1) |"
            }
    }

    private static func percent(_ share: Double) -> String {
        DecimalText.format(share * 100, digits: 1) + "%"
    }

    private static func credit(_ answer: ResponseAnalysis.Answer) -> String {
        answer.isRight ? "✓" : answer.credit == 0 ? "" : DecimalText.format(answer.credit * 100, digits: 1) + "%"
    }
}
