/// Horizontal bars with labels and values, for shares per shard or a latency histogram.
package struct BarChartRenderer: StyledRenderer, Sendable {
    package var style: RenderStyle

    package init(style: RenderStyle) { self.style = style }

    package init(glyphs: Glyphs, width: Int = 80) {
        self.init(style: RenderStyle(glyphs: glyphs, width: width))
    }

    /// One line per bar: label, bar scaled to the largest value, formatted value.
    package func render(title: String, bars: [(label: String, value: Double, text: String)]) -> String {
        let labelWidth = min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, width / 3)
        let valueWidth = bars.map { DisplayWidth.of($0.text) }.max() ?? 0
        let room = max(10, width - labelWidth - valueWidth - 4)
        let largest = bars.map(\.value).max() ?? 0
        var lines = TextLayout.wrap(title, to: width)
        for bar in bars {
            let fraction = largest > 0 ? bar.value / largest : 0
            let drawn = TextLayout.pad(glyphs.bar(fraction: fraction, width: room), to: room)
            let label = TextLayout.pad(
                TextLayout.truncate(bar.label, to: labelWidth, ellipsis: glyphs.ellipsis), to: labelWidth)
            lines.append("\(label) \(glyphs.vertical)\(drawn) \(TextLayout.pad(bar.text, to: valueWidth, .right))")
        }
        return lines.joined(separator: "\n")
    }
}
