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
    package static func write(_ book: Gradebook, excel: Bool = false, to stream: inout some TextOutputStream) {
        if excel { stream.write("\u{FEFF}") }
        let hasID = book.sheets.contains { $0.learnerID != nil }
        let hasEmail = book.sheets.contains { $0.email != nil }
        var header = ["Full name"] + (hasID ? ["ID number"] : []) + (hasEmail ? ["Email address"] : [])
        header += ["Grade", "Maximum grade", "Percentage", "Completed", "Late (minutes)", "File"]
        header += book.columns.map { "Q. \($0.id) /" + DecimalText.fixed($0.weight, digits: 2) }
        stream.write(row(header.map(field(text:))))
        // NB: a gradebook holds few distinct scores; formatting each cell anew was 6% of grading (callgrind).
        var formatted: [Double: String] = [:]
        func number(_ value: Double) -> String {
            if let text = formatted[value] { return text }
            let text = DecimalText.format(value, digits: 2)
            if formatted.count < 4096 { formatted[value] = text }
            return text
        }
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
            cells += sheet.items.indices.map { index in
                let score = sheet.items[index].score
                return score.verdict == .ungraded ? "" : number(score.points)
            }
            stream.write(row(cells))
        }
    }

    /// `cells` joined by commas, ending in CRLF.
    private static func row(_ cells: [String]) -> String {
        // NB: the generic `joined(separator:)` was over a quarter of writing the CSV, and appending Strings no better
        // (callgrind); the row's bytes are gathered first.
        var line: [UInt8] = []
        line.reserveCapacity(cells.reduce(2) { $0 + $1.utf8.count + 1 })
        for (position, cell) in cells.enumerated() {
            if position > 0 { line.append(0x2C) }
            line.append(contentsOf: cell.utf8)
        }
        line.append(0x0D)
        line.append(0x0A)
        return String(decoding: line, as: UTF8.self)
    }

    /// A text cell: formula triggers neutralised with `'`, then quoted when it holds `,`, `"`, CR or LF.
    package static func field(text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r\0".unicodeScalars.contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
