import Testing

@testable import Terminal

@Suite struct TextLayoutTests {
    @Test("Padding and truncation count Hangul as two columns")
    func padAndTruncate() {
        #expect(TextLayout.pad("한글", to: 6) == "한글  ")
        #expect(TextLayout.pad("7", to: 3, .right) == "  7")
        #expect(TextLayout.truncate("가나다라마", to: 7) == "가나다…")
        #expect(DisplayWidth.of(TextLayout.truncate("가나다라마", to: 6)) <= 6)
        #expect(TextLayout.truncate("short", to: 10) == "short")
    }

    @Test("Wrapping breaks at spaces within the width, and splits words longer than a line")
    func wrap() {
        #expect(TextLayout.wrap("서버를 여러 대 두면 한 대가 죽어도 괜찮습니다", to: 12) == ["서버를 여러", "대 두면 한", "대가 죽어도", "괜찮습니다"])
        #expect(TextLayout.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
        #expect(TextLayout.wrap("", to: 10) == [""])
    }

    @Test("ANSI style sequences take no columns")
    func ansi() {
        #expect(DisplayWidth.of(Styler(enabled: true).bold("한글")) == 4)
    }
}

@Suite struct RendererGoldenTests {
    @Test("A table with Korean cells lines up and fits the width")
    func table() throws {
        let text = TableRenderer(glyphs: .unicode, width: 50).render(
            headers: ["패턴", "설명", "n"],
            rows: [["Circuit Breaker", "장애 시 즉시 차단하여 대기 시간을 없앱니다", "1"], ["Bulkhead (격벽)", "스레드 풀 분리", "22"]])
        try Golden.check(text, named: "table-korean-50")
        let widths = Set(text.split(separator: "\n").map { DisplayWidth.of($0) })
        #expect(widths == [50] || widths.count == 1)
    }

    @Test("Charts: lines with a legend, bars and a state band render as their goldens")
    func charts() throws {
        let line = LineChartRenderer(glyphs: .ascii, width: 60, height: 8).render(
            title: "p99 against load", xLabel: "utilisation", yLabel: "ms",
            series: [
                .init(name: "p99_ms", points: [(0.1, 1), (0.5, 2), (0.8, 5), (0.95, 20)]),
                .init(name: "mean_ms", points: [(0.1, 1), (0.5, 1.5), (0.8, 2.5), (0.95, 8)])
            ])
        try Golden.check(line, named: "line-chart-ascii-60")
        let braille = LineChartRenderer(glyphs: .unicode, width: 60, height: 6).render(
            title: "lag", xLabel: "s", yLabel: "ms",
            series: [.init(name: "", points: (0...20).map { (Double($0), Double($0 * $0)) })])
        try Golden.check(braille, named: "line-chart-braille-60")
        let bars = BarChartRenderer(glyphs: .unicode, width: 50).render(
            title: "keys per shard", bars: [("샤드 0", 120, "120"), ("shard 1", 60, "60"), ("shard 2", 0, "0")])
        try Golden.check(bars, named: "bars-50")
        let band = TimelineRenderer(glyphs: .unicode, width: 42).render(
            title: "breaker", states: ["Closed", "Open", "HalfOpen"],
            segments: [(0, 10, 0), (10, 15, 1), (15, 16, 2), (16, 40, 0)], unit: "s")
        try Golden.check(band, named: "timeline-42")
    }

    @Test("Indented lines continue a list item instead of starting a paragraph")
    func listContinuation() {
        let renderer = MarkdownRenderer(
            style: RenderStyle(glyphs: .unicode, width: 40), labLabel: "", diagram: { _ in nil })
        #expect(
            renderer.render("1. **First** point\n   goes on here.\n2. Second")
                == "1. First point goes on here.\n2. Second")
    }

    @Test("A command longer than its box folds at a space under its own text instead of being cut")
    func longCommandFolds() {
        let renderer = MarkdownRenderer(
            style: RenderStyle(glyphs: .unicode, width: 30), labLabel: "", diagram: { _ in nil })
        let rendered = renderer.render("```\n> run sessions mode=stateless detect=0.5\n```")
        #expect(
            rendered.split(separator: "\n").dropFirst().dropLast() == [
                "│ > run sessions             │", "│     mode=stateless         │", "│     detect=0.5             │"
            ])
        #expect(!rendered.contains("…"))
    }

    @Test("A lesson renders headings, lists, tables, callouts, code and lab boxes as its golden")
    func markdown() throws {
        let renderer = MarkdownRenderer(
            style: RenderStyle(glyphs: .unicode, width: 80), labLabel: "▶ try",
            diagram: { MermaidRenderer(glyphs: .unicode, width: 80).render($0) })
        try Golden.check(renderer.render(try Golden.input("sample-lesson.md")), named: "sample-lesson-80")
    }
}
