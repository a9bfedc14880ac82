/// Draws a table with a header row, lined up by display width and fitted to the width.
package struct TableRenderer: StyledRenderer, Sendable {
    package var style: RenderStyle

    package init(style: RenderStyle) { self.style = style }

    package init(glyphs: Glyphs, styler: Styler = Styler(enabled: false), width: Int = 80) {
        self.init(style: RenderStyle(glyphs: glyphs, styler: styler, width: width))
    }

    /// The table as lines of text. Columns whose cells all look like numbers are right-aligned;
    /// a cell too wide for its column wraps at spaces, never inside a word. When even the
    /// longest words side by side are wider than the width, each row is stacked as
    /// `header value` lines instead.
    ///
    ///     ┌──────┬─────┐
    ///     │ name │ 한글 │
    ///     ├──────┼─────┤
    ///     │ a    │   1 │
    ///     └──────┴─────┘
    /// Pass `alignments` to fix each column's alignment; without it, numeric columns go right.
    /// Columns in `keep` are never shortened (for example names a reader must type back).
    package func render(
        headers: [String], rows: [[String]], alignments: [TextLayout.Alignment]? = nil,
        keep: Set<Int> = []
    ) -> String {
        let columns = headers.count
        let rows = rows.map { row in (0..<columns).map { $0 < row.count ? row[$0] : "" } }
        let cells = (0..<columns).map { column in [headers[column]] + rows.map { $0[column] } }
        let natural = cells.map { $0.map { DisplayWidth.of($0) }.max() ?? 0 }
        let words = cells.map { $0.flatMap { $0.split(separator: " ") }.map { DisplayWidth.of($0) }.max() ?? 0 }
        let floors = natural.indices.map { keep.contains($0) ? natural[$0] : words[$0] }
        guard let widths = fit(natural: natural, words: floors) else {
            return stacked(headers: headers, rows: rows)
        }
        let aligned = (0..<columns).map { column -> TextLayout.Alignment in
            if let alignments, column < alignments.count { return alignments[column] }
            return !rows.isEmpty && rows.allSatisfy { Self.looksNumeric($0[column]) } ? .right : .left
        }
        var lines = [
            rule(widths, glyphs.topLeft, glyphs.teeDown, glyphs.topRight),
            line(headers, widths: widths, aligned: aligned, bold: true),
            rule(widths, glyphs.teeRight, glyphs.cross, glyphs.teeLeft)
        ]
        lines += rows.map { line($0, widths: widths, aligned: aligned) }
        lines.append(rule(widths, glyphs.bottomLeft, glyphs.teeUp, glyphs.bottomRight))
        return lines.joined(separator: "\n")
    }

    /// One table row; cells too wide for their column wrap onto more lines at spaces.
    private func line(_ cells: [String], widths: [Int], aligned: [TextLayout.Alignment], bold: Bool = false) -> String {
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

    private func rule(_ widths: [Int], _ left: Character, _ middle: Character, _ right: Character) -> String {
        String(left)
            + widths.map { String(repeating: glyphs.horizontal, count: $0 + 2) }.joined(separator: String(middle))
            + String(right)
    }

    /// Column widths that fit `width`, shrinking first the columns with the most room above
    /// their longest word; nil when the columns at their `words` widths are still too wide.
    func fit(natural: [Int], words: [Int]) -> [Int]? {
        var widths = natural.map { max($0, 1) }
        let floors = widths.indices.map { max(1, min(widths[$0], $0 < words.count ? words[$0] : 1)) }
        let overhead = widths.count * 3 + 1
        while widths.reduce(0, +) + overhead > width {
            guard
                let roomy = widths.indices.filter({ widths[$0] > floors[$0] })
                    .max(by: { widths[$0] - floors[$0] < widths[$1] - floors[$1] })
            else { return nil }
            widths[roomy] -= 1
        }
        return widths
    }

    static func looksNumeric(_ text: String) -> Bool {
        let trimmed = text.drop { $0 == " " }
        guard let first = trimmed.unicodeScalars.first else { return true }
        return ("0"..."9").contains(first) || ["-", "−", "+", "×", "∞", "—", "."].contains(String(first))
    }
}
