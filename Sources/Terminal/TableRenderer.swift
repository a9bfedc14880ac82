/// Draws a table with a header row, lined up by display width and shrunk to fit a width.
package struct TableRenderer: Sendable {
    package var glyphs: Glyphs
    package var styler: Styler
    package var width: Int

    package init(glyphs: Glyphs, styler: Styler = Styler(enabled: false), width: Int = 80) {
        self.glyphs = glyphs
        self.styler = styler
        self.width = width
    }

    /// The table as lines of text. Columns whose cells all look like numbers are right-aligned;
    /// a cell too wide for its column wraps onto more lines.
    ///
    ///     ┌──────┬─────┐
    ///     │ name │ 한글 │
    ///     ├──────┼─────┤
    ///     │ a    │   1 │
    ///     └──────┴─────┘
    /// Pass `alignments` to fix each column's alignment; without it, numeric columns go right.
    /// Columns in `keep` are never shortened (for example names a reader must type back).
    package func render(headers: [String], rows: [[String]], alignments: [TextLayout.Alignment]? = nil,
                        keep: Set<Int> = []) -> String {
        let columns = headers.count
        let rows = rows.map { row in (0..<columns).map { $0 < row.count ? row[$0] : "" } }
        let cells = (0..<columns).map { column in [headers[column]] + rows.map { $0[column] } }
        let widths = fit(natural: cells.map { $0.map { DisplayWidth.of($0) }.max() ?? 0 },
                         words: cells.map { $0.flatMap { $0.split(separator: " ") }.map { DisplayWidth.of($0) }.max() ?? 0 },
                         keep: keep)
        let aligned = (0..<columns).map { column -> TextLayout.Alignment in
            if let alignments, column < alignments.count { return alignments[column] }
            return !rows.isEmpty && rows.allSatisfy { Self.looksNumeric($0[column]) } ? .right : .left
        }
        /// One table row; cells too wide for their column wrap onto more lines.
        func line(_ cells: [String], bold: Bool = false) -> String {
            let wrapped = cells.enumerated().map { column, text in
                DisplayWidth.of(text) <= widths[column] ? [text] : TextLayout.wrap(text, to: widths[column])
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { row in
                let parts = wrapped.enumerated().map { column, lines in
                    let cell = TextLayout.pad(row < lines.count ? lines[row] : "", to: widths[column], aligned[column])
                    return " " + (bold ? styler.bold(cell) : cell) + " "
                }
                return String(glyphs.vertical) + parts.joined(separator: String(glyphs.vertical)) + String(glyphs.vertical)
            }.joined(separator: "\n")
        }
        func rule(_ left: Character, _ middle: Character, _ right: Character) -> String {
            String(left) + widths.map { String(repeating: glyphs.horizontal, count: $0 + 2) }.joined(separator: String(middle)) + String(right)
        }
        var lines = [rule(glyphs.topLeft, glyphs.teeDown, glyphs.topRight), line(headers, bold: true),
                     rule(glyphs.teeRight, glyphs.cross, glyphs.teeLeft)]
        lines += rows.map { line($0) }
        lines.append(rule(glyphs.bottomLeft, glyphs.teeUp, glyphs.bottomRight))
        return lines.joined(separator: "\n")
    }

    /// Shrinks columns until the table fits `width`: first the ones with the most room above
    /// their longest word (so words wrap whole), then the widest.
    func fit(natural: [Int], words: [Int] = [], keep: Set<Int> = []) -> [Int] {
        var widths = natural.map { max($0, 1) }
        let overhead = widths.count * 3 + 1
        let shrinkable = widths.indices.filter { !keep.contains($0) }
        func slack(_ column: Int) -> Int { widths[column] - (column < words.count ? words[column] : 0) }
        while widths.reduce(0, +) + overhead > width {
            if let roomy = shrinkable.filter({ slack($0) > 0 }).max(by: { slack($0) < slack($1) }) {
                widths[roomy] -= 1
            } else if let widest = shrinkable.max(by: { widths[$0] < widths[$1] }), widths[widest] > 6 {
                widths[widest] -= 1
            } else {
                break
            }
        }
        return widths
    }

    static func looksNumeric(_ text: String) -> Bool {
        let trimmed = text.drop { $0 == " " }
        guard let first = trimmed.unicodeScalars.first else { return true }
        return ("0"..."9").contains(first) || ["-", "−", "+", "×", "∞", "—", "."].contains(String(first))
    }
}
