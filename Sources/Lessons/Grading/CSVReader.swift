/// Reads RFC 4180 CSV (as spreadsheets save it): quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM ignored.
package enum CSVReader {
    /// The rows of `text` with the line each starts on; blank lines are left out.
    ///
    ///     CSVReader.rows("a,\"b,c\"\r\n")  // [(line: 1, cells: ["a", "b,c"])]
    package static func rows(_ text: String) -> [(line: Int, cells: [String])] {
        var rows: [(line: Int, cells: [String])] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var start = 1
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if scalar == "\n" { line += 1 }
            if quoted {
                if scalar != "\"" {
                    cell.unicodeScalars.append(scalar)
                } else if pending == "\"" {
                    cell.append("\"")
                    pending = iterator.next()
                } else {
                    quoted = false
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                cells.append(cell)
                cell = ""
            case "\r": continue
            case "\n":
                cells.append(cell)
                if cells != [""] { rows.append((start, cells)) }
                cells = []
                cell = ""
                start = line
            default: cell.unicodeScalars.append(scalar)
            }
        }
        cells.append(cell)
        if cells != [""] { rows.append((start, cells)) }
        return rows
    }
}
