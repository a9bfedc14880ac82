/// Reads RFC 4180 CSV (as spreadsheets save it): quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM ignored.
package enum CSVReader {
    /// The rows of `text` with the line each starts on; blank lines are left out.
    ///
    ///     CSVReader.rows("a,\"b,c\"\r\n")  // [(line: 1, cells: ["a", "b,c"])]
    package static func rows(_ text: String) -> [(line: Int, cells: [String])] {
        var table = Table()
        var quoted = false
        var line = 1
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if scalar == "\n" { line += 1 }
            if quoted {
                if scalar != "\"" {
                    table.cell.unicodeScalars.append(scalar)
                } else if pending == "\"" {
                    table.cell.append("\"")
                    pending = iterator.next()
                } else {
                    quoted = false
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",": table.endCell()
            case "\r": continue
            case "\n": table.endRow(nextStart: line)
            default: table.cell.unicodeScalars.append(scalar)
            }
        }
        table.endRow(nextStart: line)
        return table.rows
    }

    /// The rows read so far and the row and cell being read.
    private struct Table {
        var rows: [(line: Int, cells: [String])] = []
        var cells: [String] = []
        var cell = ""
        var start = 1

        mutating func endCell() {
            cells.append(cell)
            cell = ""
        }

        /// Closes the row (kept unless blank); the next one starts on line `nextStart`.
        mutating func endRow(nextStart: Int) {
            endCell()
            if cells != [""] { rows.append((start, cells)) }
            cells = []
            start = nextStart
        }
    }
}
