extension TableRenderer {
    /// Each row as `header value` lines in one box, for a width too narrow for the columns
    /// side by side; values wrap at spaces under their own indent.
    ///
    ///     ┌──────────────────┐
    ///     │ metric  p99_ms   │
    ///     │ value   6.74     │
    ///     ├──────────────────┤
    ///     │ metric  mean_ms  │
    ///     │ value   2.10     │
    ///     └──────────────────┘
    func stacked(headers: [String], rows: [[String]]) -> String {
        let inner = max(width - 4, 8)
        let keyWidth = min(headers.map { DisplayWidth.of($0) }.max() ?? 0, inner / 2)
        let valueWidth = max(inner - keyWidth - 2, 4)
        let rule = { (left: Character, right: Character) in
            String(left) + String(repeating: glyphs.horizontal, count: inner + 2) + String(right)
        }
        let blocks = rows.map { row in
            zip(headers, row).enumerated().filter { $0.offset == 0 || !$0.element.1.isEmpty }.map(\.element).flatMap {
                header, value in
                let keys = TextLayout.wrap(header, to: keyWidth)
                let values = TextLayout.wrap(value, to: valueWidth)
                return (0..<max(keys.count, values.count)).map { index in
                    let key = TextLayout.pad(index < keys.count ? keys[index] : "", to: keyWidth)
                    let text = TextLayout.pad(
                        styler.bold(key) + "  " + (index < values.count ? values[index] : ""), to: inner)
                    return String(glyphs.vertical) + " " + text + " " + String(glyphs.vertical)
                }
            }.joined(separator: "\n")
        }
        let body = blocks.joined(separator: "\n" + rule(glyphs.teeRight, glyphs.teeLeft) + "\n")
        return [rule(glyphs.topLeft, glyphs.topRight), body, rule(glyphs.bottomLeft, glyphs.bottomRight)].joined(
            separator: "\n")
    }
}
