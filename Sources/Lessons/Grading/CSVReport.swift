import Foundation
import LabText

/// The gradebook as RFC 4180 CSV, one row per counted sheet sorted by learner, CRLF line ends.
///
/// Columns, with Moodle's gradebook and quiz-report names where Moodle has one: `Full name`, `ID number` and
/// `Email address` (when some sheet carries them), `Grade`, `Maximum grade`, `Percentage`, `Completed`
/// (`submitted_at`), `Late (minutes)`, `File`, then `Q. ID /WEIGHT` per question in key order (an essay not yet
/// marked is empty). Text cells a spreadsheet would run as a formula get a leading `'`.
package enum CSVReport {
    /// The CSV text.
    package static func render(_ book: Gradebook, excel: Bool = false) -> String {
        var text = ""
        write(book, excel: excel, to: &text)
        return text
    }

    /// Writes the CSV row by row to `stream`, starting with a UTF-8 byte order mark when `excel`.
    package static func write(_ book: Gradebook, excel: Bool = false, to stream: inout some ReportStream) {
        if excel { stream.write("\u{FEFF}") }
        let hasID = book.sheets.contains { $0.learnerID != nil }
        let hasEmail = book.sheets.contains { $0.email != nil }
        var header = ["Full name"] + (hasID ? ["ID number"] : []) + (hasEmail ? ["Email address"] : [])
        header += ["Grade", "Maximum grade", "Percentage", "Completed", "Late (minutes)", "File"]
        header += book.columns.map { "Q. \($0.id) /" + DecimalText.fixed($0.weight, digits: 2) }
        var line: [UInt8] = []
        append(header.map(field(text:)), to: &line)
        stream.write(utf8: line)
        // NB: a gradebook holds few distinct scores; formatting each cell anew was 6% of grading (callgrind).
        var formatted: [Double: String] = [:]
        func number(_ value: Double) -> String {
            if let text = formatted[value] { return text }
            let text = DecimalText.format(value, digits: 2)
            if formatted.count < 4096 { formatted[value] = text }
            return text
        }
        // NB: the question cells are the same for every sheet sharing the graded item.
        var answers = ItemBytes()
        for sheet in book.sheets {
            var cells =
                [field(text: sheet.learner)] + (hasID ? [field(text: sheet.learnerID ?? "")] : [])
                + (hasEmail ? [field(text: sheet.email ?? "")] : [])
            cells += [
                number(sheet.points), number(sheet.maxPoints), number(sheet.percent),
                sheet.submittedAt == .distantPast ? "" : AnswerSheet.timestamp(sheet.submittedAt),
                sheet.lateBy.map { String(Int(($0 / 60).rounded(.up))) } ?? "",
                field(text: UntrustedText.oneLine(sheet.path, limit: 300))
            ]
            line.removeAll(keepingCapacity: true)
            append(cells, to: &line, ending: false)
            for item in sheet.items {
                line.append(0x2C)
                answers.append(item, to: &line) { item in
                    item.score.verdict == .ungraded ? [] : Array(number(item.score.points).utf8)
                }
            }
            line += [0x0D, 0x0A]
            stream.write(utf8: line)
        }
    }

    /// Appends `cells` joined by commas to `line`, then CRLF when `ending`.
    private static func append(_ cells: [String], to line: inout [UInt8], ending: Bool = true) {
        // NB: the generic `joined(separator:)` was over a quarter of writing the CSV, and appending Strings no better
        // (callgrind); the row's bytes are gathered first.
        for (position, cell) in cells.enumerated() {
            if position > 0 { line.append(0x2C) }
            line.append(contentsOf: cell.utf8)
        }
        if ending { line += [0x0D, 0x0A] }
    }

    /// A text cell: formula triggers neutralised with `'`, then quoted when it holds `,`, `"`, CR or LF.
    package static func field(text: String) -> String {
        // NB: most cells hold none of these bytes; checking the characters of each was a third of writing the CSV.
        var value = text
        let isPlain = value.withUTF8 { bytes in
            guard let first = bytes.first, !"=+-@\t\r\0".utf8.contains(first) else { return bytes.isEmpty }
            return !bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
        }
        guard !isPlain else { return value }
        if let first = value.unicodeScalars.first, "=+-@\t\r\0".unicodeScalars.contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
