import Testing

@testable import Terminal

/// A band series: an interval drawn as a shaded area behind the lines.
@Suite struct LineChartBandTests {
    static let line = LineChartRenderer.Series(name: "p99_ms", points: [(1, 10), (2, 20), (3, 30)])
    static let band = LineChartRenderer.Series(
        name: "p99_ms 95% CI", points: [(1, 6), (2, 15), (3, 22)],
        kind: .band(upper: [14, 25, 38]))

    @Test("A line with its 95% band renders as its golden, in braille and in ASCII")
    func golden() throws {
        for (glyphs, name) in [(Glyphs.unicode, "line-band-braille-50"), (.ascii, "line-band-ascii-50")] {
            let chart = LineChartRenderer(glyphs: glyphs, width: 50, height: 8).render(
                title: "p99 against rate", xLabel: "rate", yLabel: "ms", series: [Self.line, Self.band])
            try Golden.check(chart, named: name)
        }
    }

    @Test("The band widens the y axis to its upper edge and shades cells the line does not cross")
    func shading() {
        let chart = LineChartRenderer(glyphs: .unicode, width: 50, height: 8).render(
            title: "t", xLabel: "x", yLabel: "y", series: [Self.line, Self.band])
        let plot = chart.split(separator: "\n").dropFirst(2).prefix(8)
        #expect(plot.first?.hasPrefix("38 ") == true)
        #expect(plot.contains { $0.contains("░") })
        #expect(chart.contains("░ p99_ms 95% CI"))
    }
}
