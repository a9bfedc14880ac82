import Foundation
import LabText

/// The instructor's summary in Markdown: counts, score distribution, item statistics, reliability, gradebook.
package enum MarkdownReport {
    /// Writes the Markdown text to `stream`, the gradebook a row at a time.
    package static func write(
        _ book: Gradebook, statistics: ItemStatistics, language: Language, to stream: inout some ReportStream
    ) {
        let labels = MarkdownLabels(language: language)
        var lines = ["# \(labels.title): \(cell(book.key.id))", ""]
        lines += summary(book, labels)
        lines += ["", "## \(labels.distribution)", ""] + histogram(book.sheets.map(\.percent), labels)
        lines += ["", "## \(labels.items)", ""] + itemTable(book, statistics, labels)
        lines += ["", "## \(labels.reliability)", "", reliability(statistics, sheets: book.sheets.count, labels)]
        lines +=
            ["", "## \(labels.responses)", ""]
            + responseAnalysis(ResponseAnalysis(sheets: book.sheets, key: book.key), labels)
        lines += changes(book, labels)
        lines += [
            "", "## \(labels.gradebook)", "",
            "| \(labels.learner) | \(labels.score) | \(labels.maximum) | \(labels.percent) | \(labels.submitted) | \(labels.late) | \(labels.file) |",
            "| --- | ---: | ---: | ---: | --- | --- | --- |"
        ]
        for line in lines { stream.write(line + "\n") }
        for sheet in book.sheets { stream.write(row(sheet) + "\n") }
        lines = leftOut(book, labels)
        if !book.rejected.isEmpty {
            lines += ["", "## \(labels.rejected)", ""]
            lines += book.rejected.map {
                "- `\(code(UntrustedText.oneLine($0.path, limit: 300)))`: \(cell($0.message.text(language)))"
            }
        }
        for line in lines { stream.write(line + "\n") }
    }

    private static func summary(_ book: Gradebook, _ labels: MarkdownLabels) -> [String] {
        let percents = book.sheets.map(\.percent)
        let stat = { (value: Double?) in value.map { DecimalText.format($0, digits: 1) + "%" } ?? "n/a" }
        return [
            "- \(labels.key): `\(code(book.keyPath))` (sha256 \(book.key.sha256.prefix(12)))",
            "- \(labels.graded): \(book.sheets.count); \(labels.rejectedCount): \(book.rejected.count)",
            "- \(labels.mean) \(stat(Statistics.mean(percents))), \(labels.median) \(stat(Statistics.median(percents))), "
                + "\(labels.minimum) \(stat(percents.min())), \(labels.maximum) \(stat(percents.max())), "
                + "\(labels.standardDeviation) \(stat(Statistics.variance(percents).map { $0.squareRoot() }))"
        ]
    }

    private static func histogram(_ percents: [Double], _ labels: MarkdownLabels) -> [String] {
        var counts = Array(repeating: 0, count: 10)
        for percent in percents {
            counts[bin(of: percent)] += 1
        }
        let widest = max(1, counts.max() ?? 1)
        let rows = counts.enumerated().reversed().map { bin, count in
            let range = bin == 9 ? "90-100" : "\(bin * 10)-\(bin * 10 + 9)"
            let bar = String(repeating: "#", count: (count * 40 + widest - 1) / widest)
            return "| \(range) | \(count) | `\(bar)` |"
        }
        return ["| \(labels.percent) | \(labels.learners) | |", "| ---: | ---: | --- |"] + rows
    }

    /// The bin of `percent` as the gradebook shows it (one decimal), so 89.96% shown as 90% falls in 90-100.
    static func bin(of percent: Double) -> Int {
        let shown = Double(DecimalText.format(percent, digits: 1)) ?? percent
        return min(9, max(0, Int(shown / 10)))
    }

    private static func itemTable(_ book: Gradebook, _ statistics: ItemStatistics, _ labels: MarkdownLabels) -> [String]
    {
        let rows = book.columns.map { question in
            let item = statistics.items.first { $0.id == question.id }
            let answered = item.map { String($0.answered) } ?? "-"
            let facility = item?.facility.map { DecimalText.format($0, digits: 2) } ?? "n/a"
            let discrimination = item?.discrimination.map { DecimalText.format($0, digits: 2) } ?? "n/a"
            return
                "| \(cell(question.id)) | \(question.kind.name) | \(DecimalText.format(question.weight)) | \(answered) | \(facility) | \(discrimination) |"
        }
        return [
            "| \(labels.question) | \(labels.kind) | \(labels.points) | \(labels.answered) | \(labels.facility) | \(labels.discrimination) |",
            "| --- | --- | ---: | ---: | ---: | ---: |"
        ] + rows
    }

    private static func reliability(_ statistics: ItemStatistics, sheets: Int, _ labels: MarkdownLabels) -> String {
        let method = statistics.reliabilityMethod
        let value = statistics.reliability.map { DecimalText.format($0, digits: 2) } ?? "n/a"
        return "\(method) = \(value) (\(statistics.items.count) \(labels.itemsCount), \(sheets) \(labels.learners))"
    }

    private static func row(_ sheet: GradedSheet) -> String {
        let late =
            sheet.lateBy.map {
                Gradebook.duration($0) + (sheet.penalty > 0 ? ", -\(DecimalText.format(sheet.penalty * 100))%" : "")
            } ?? ""
        return
            "| \(cell(sheet.learner)) | \(DecimalText.format(sheet.points)) | \(DecimalText.format(sheet.maxPoints)) | "
            + "\(DecimalText.format(sheet.percent, digits: 1))% | \(AnswerSheet.timestamp(sheet.submittedAt)) | \(late) | \(cell(sheet.path)) |"
    }

    /// Untrusted text for a Markdown table cell: Markdown and HTML syntax escaped so it shows as written.
    package static func cell(_ text: String) -> String {
        var line = UntrustedText.oneLine(text)
        // NB: searching the special characters for each character of each cell was a tenth of the Markdown report
        // (callgrind); a cell with none of their bytes has none of them.
        let isPlain = line.withUTF8 { bytes in
            !bytes.contains { byte in
                switch byte {
                case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x23, 0x21, 0x7E, 0x26: true
                default: false
                }
            }
        }
        guard !isPlain else { return line }
        var output = ""
        for character in line {
            if "\\`*_[]<>|#!~&".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }

    private static func code(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "'")
    }
}
