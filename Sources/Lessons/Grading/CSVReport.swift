import Foundation

/// The gradebook as RFC 4180 CSV: `learner,score,max,percent,` then the points of each question in key order.
///
/// Text cells that a spreadsheet would run as a formula get a leading `'`; essays' cells are empty (ungraded).
package enum CSVReport {
    /// The CSV text, CRLF line ends, one row per graded sheet sorted by learner.
    package static func render(_ book: Gradebook) -> String {
        let header = ["learner", "score", "max", "percent"].map { field(text: $0) } + book.columns.map { field(text: $0.id) }
        let rows = book.sheets.map { sheet in
            [field(text: sheet.learner), number(sheet.points), number(sheet.maxPoints), number(sheet.percent)]
                + sheet.items.map { $0.score.verdict == .ungraded ? "" : number($0.score.points) }
        }
        return ([header] + rows).map { $0.joined(separator: ",") + "\r\n" }.joined()
    }

    /// A text cell: formula triggers neutralised with `'`, then quoted when it holds `,`, `"`, CR or LF.
    package static func field(text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r\0".unicodeScalars.contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func number(_ value: Double) -> String { DecimalText.format(value, digits: 2) }
}
