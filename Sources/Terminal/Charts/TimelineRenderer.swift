/// A band showing which state a component was in over time, one cell per slice of time.
package struct TimelineRenderer: StyledRenderer, Sendable {
    package var style: RenderStyle

    package init(style: RenderStyle) { self.style = style }

    package init(glyphs: Glyphs, styler: Styler = Styler(enabled: false), width: Int = 80) {
        self.init(style: RenderStyle(glyphs: glyphs, styler: styler, width: width))
    }

    static let colors: [Styler.Color] = [.green, .red, .yellow, .blue, .magenta, .cyan]

    /// Each cell shows the state that held longest in its slice, by a one-column letter;
    /// the legend maps letters to states with their share of the time, wrapped to the width.
    package func render(
        title: String, states: [String], segments: [(start: Double, end: Double, state: Int)],
        unit: String
    ) -> String {
        guard let start = segments.map(\.start).min(), let end = segments.map(\.end).max(), end > start else {
            return title + "\n(no data)"
        }
        let cells = max(10, width - 2)
        let letters = Self.letters(for: states)
        let band = (0..<cells).map { cell -> String in
            let from = start + (end - start) * Double(cell) / Double(cells)
            let to = start + (end - start) * Double(cell + 1) / Double(cells)
            let state = dominantState(in: from..<to, segments: segments)
            return styler.color(String(letters[state]), Self.colors[state % Self.colors.count])
        }.joined()
        let suffix = unit.count > 2 ? " " + unit : unit
        let low = LineChartRenderer.tick(start) + suffix
        let high = LineChartRenderer.tick(end) + suffix
        let axis =
            low + String(repeating: " ", count: max(1, cells - DisplayWidth.of(low) - DisplayWidth.of(high))) + high
        let legend = states.indices.map { index in
            let share = segments.filter { $0.state == index }.reduce(0) { $0 + ($1.end - $1.start) } / (end - start)
            return "\(letters[index]) \(states[index]) \(LineChartRenderer.trim((share * 1000).rounded() / 10))%"
        }
        return
            (TextLayout.wrap(title, to: width).map(styler.bold) + [
                String(glyphs.vertical) + band + String(glyphs.vertical), " " + axis
            ]
            + TextLayout.flow(legend, width: width, indent: 1)).joined(separator: "\n")
    }

    private func dominantState(in slice: Range<Double>, segments: [(start: Double, end: Double, state: Int)]) -> Int {
        var time: [Int: Double] = [:]
        for segment in segments {
            let overlap = min(segment.end, slice.upperBound) - max(segment.start, slice.lowerBound)
            if overlap > 0 { time[segment.state, default: 0] += overlap }
        }
        return time.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? segments.first?.state ?? 0
    }

    /// A distinct one-column letter per state: its initial or the next unused Latin letter of its
    /// name; a name without one (Korean) takes the next free letter from A, so cells stay one column.
    static func letters(for states: [String]) -> [Character] {
        var used = Set<Character>()
        return states.map { name in
            let latin = name.uppercased().first { $0.isASCII && $0.isLetter && !used.contains($0) }
            let candidate = latin ?? "ABCDEFGHIJKLMNOPQRSTUVWXYZ".first { !used.contains($0) } ?? "?"
            used.insert(candidate)
            return candidate
        }
    }
}
