/// Plots series of `(x, y)` points on a grid of braille dots (or ASCII marks), with axes and a legend.
package struct LineChartRenderer: StyledRenderer, Sendable {
    /// A line through its points, or a band: an interval (for example a 95% one) drawn as a shaded area.
    package struct Series: Sendable {
        package enum Kind: Sendable, Equatable {
            case line
            /// `points` are the lower edge; `upper` holds the upper edge at each point.
            case band(upper: [Double])
        }

        package var name: String
        package var points: [(x: Double, y: Double)]
        package var kind: Kind
        package init(name: String, points: [(x: Double, y: Double)], kind: Kind = .line) {
            self.name = name
            self.points = points
            self.kind = kind
        }

        /// The points a band's or a line's extent covers, for the axes.
        var extent: [(x: Double, y: Double)] {
            guard case .band(let upper) = kind else { return points }
            return points + zip(points, upper).map { ($0.x, $1) }
        }
    }

    package var style: RenderStyle
    package var height: Int

    package init(style: RenderStyle, height: Int = 12) {
        self.style = style
        self.height = height
    }

    package init(glyphs: Glyphs, styler: Styler = Styler(enabled: false), width: Int = 80, height: Int = 12) {
        self.init(style: RenderStyle(glyphs: glyphs, styler: styler, width: width), height: height)
    }

    static let marks: [Character] = ["*", "o", "+", "x", "#", "@"]
    static let colors: [Styler.Color] = [.cyan, .yellow, .magenta, .green, .red, .blue]

    /// The chart: title, y axis labels on the left, the plot, the x axis with its label, a legend.
    package func render(title: String, xLabel: String, yLabel: String, series: [Series]) -> String {
        let all = series.flatMap(\.extent).filter { $0.x.isFinite && $0.y.isFinite }
        guard let xs = Self.bounds(all.map(\.x)), let ys = Self.bounds(all.map(\.y) + [0]) else {
            return title + "\n(no data)"
        }
        let yTexts = [ys.upperBound, (ys.lowerBound + ys.upperBound) / 2, ys.lowerBound].map(Self.tick)
        let gutter = (yTexts.map { DisplayWidth.of($0) }.max() ?? 1) + 1
        let columns = max(10, width - gutter - 1)
        // NB: braille dots cannot tell series apart without colour, so several series without colour use marks.
        let braille = glyphs.unicode && (series.filter { $0.kind == .line }.count <= 1 || styler.enabled)
        var grid = PlotGrid(columns: columns, rows: height, braille: braille)
        for (index, band) in series.enumerated() { shade(band, index: index, grid: &grid, xs: xs, ys: ys) }
        for (index, line) in series.enumerated() where line.kind == .line {
            let points = line.points.filter { $0.x.isFinite && $0.y.isFinite }.sorted { $0.x < $1.x }
            let scaled = points.map { grid.scale($0, xs: xs, ys: ys) }
            for (a, b) in zip(scaled, scaled.dropFirst()) { grid.line(from: a, to: b, series: index) }
            if scaled.count == 1 { grid.dot(scaled[0], series: index) }
        }
        var lines = TextLayout.wrap(title, to: width).map(styler.bold)
        lines += TextLayout.wrap(yLabel, to: width - gutter).map { TextLayout.pad("", to: gutter) + $0 }
        for row in 0..<height {
            let label = row == 0 ? yTexts[0] : row == height / 2 ? yTexts[1] : row == height - 1 ? yTexts[2] : ""
            lines.append(
                TextLayout.pad(label, to: gutter - 1, .right) + " " + String(glyphs.vertical)
                    + grid.row(row, styler: styler))
        }
        lines.append(
            TextLayout.pad("", to: gutter) + String(glyphs.bottomLeft)
                + String(repeating: glyphs.horizontal, count: columns))
        let low = Self.tick(xs.lowerBound)
        let high = Self.tick(xs.upperBound)
        let axis =
            low + TextLayout.pad(xLabel, to: max(0, columns - DisplayWidth.of(low) - DisplayWidth.of(high)), .center)
            + high
        lines.append(TextLayout.pad("", to: gutter + 1) + axis)
        if series.count > 1 || !(series.first?.name.isEmpty ?? true) {
            lines += legend(series, braille: braille, indent: gutter + 1)
        }
        return lines.joined(separator: "\n")
    }

    /// Legend entries, wrapped so no line is wider than the chart.
    private func legend(_ series: [Series], braille: Bool, indent: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for index in series.indices {
            let mark =
                series[index].kind != .line
                ? (braille ? "░" : ":") : braille ? "⣿" : String(Self.marks[index % Self.marks.count])
            let colored = styler.color(mark, Self.colors[index % Self.colors.count]) + " "
            let entry = colored + series[index].name
            if indent + DisplayWidth.of(entry) > width {
                if !line.isEmpty { lines.append(line) }
                (line, used) = ("", 0)
                let parts = TextLayout.wrap(series[index].name, to: max(width - indent - 2, 8))
                let lead = String(repeating: " ", count: indent)
                lines += parts.enumerated().map { lead + ($0.offset == 0 ? colored : "  ") + $0.element }
                continue
            }
            let columns = DisplayWidth.of(entry) + (used > 0 ? 3 : 0)
            if used > 0 && indent + used + columns > width {
                lines.append(line)
                line = ""
                used = 0
            }
            line += (used > 0 ? "   " : String(repeating: " ", count: indent)) + entry
            used += used > 0 ? columns : DisplayWidth.of(entry)
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Shades every dot column between a band's edges, interpolating between its points.
    private func shade(
        _ band: Series, index: Int, grid: inout PlotGrid, xs: ClosedRange<Double>, ys: ClosedRange<Double>
    ) {
        guard case .band(let upper) = band.kind else { return }
        let edges = zip(band.points, upper).filter { $0.0.x.isFinite && $0.0.y.isFinite && $0.1.isFinite }.sorted {
            $0.0.x < $1.0.x
        }
        let scaled = edges.map { point, high -> (x: Int, low: Int, high: Int) in
            let low = grid.scale(point, xs: xs, ys: ys)
            return (low.0, low.1, grid.scale((point.x, high), xs: xs, ys: ys).1)
        }
        for (a, b) in zip(scaled, scaled.dropFirst()) where b.x > a.x {
            for x in a.x...b.x {
                let t = Double(x - a.x) / Double(b.x - a.x)
                let low = Double(a.low) + Double(b.low - a.low) * t
                let high = Double(a.high) + Double(b.high - a.high) * t
                grid.shade(x: x, top: Int(high.rounded()), bottom: Int(low.rounded()), series: index)
            }
        }
        if let only = scaled.first, scaled.count == 1 {
            grid.shade(x: only.x, top: only.high, bottom: only.low, series: index)
        }
    }

    static func bounds(_ values: [Double]) -> ClosedRange<Double>? {
        guard let low = values.min(), let high = values.max() else { return nil }
        return low == high ? (low - 1)...(high + 1) : low...high
    }

    static func tick(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 1_000_000 { return trim(value / 1_000_000) + "M" }
        if magnitude >= 10_000 { return trim(value / 1_000) + "k" }
        return trim(value)
    }

    static func trim(_ value: Double) -> String {
        if value == value.rounded() { return String(Int64(value)) }
        let places = abs(value) >= 10 ? 1 : abs(value) >= 1 ? 2 : 3
        var text = String(Double(Int64((value * pow10(places)).rounded())) / pow10(places))
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { value, _ in value * 10 } }
}
