import Testing

@testable import Terminal

/// Renderers at the widths learners use: 40, 60, 80 and 100 columns, in both languages.
@Suite struct NarrowWidthTests {
    static let widths = [40, 60, 80, 100]

    /// A metrics table like `run availability` prints, with a long "meaning" column.
    static func metrics(korean: Bool) -> (headers: [String], rows: [[String]]) {
        let headers = korean ? ["지표", "값", "단위", "뜻"] : ["metric", "value", "unit", "meaning"]
        let meaning =
            korean
            ? ["계층마다 서버를 두 대씩 두었을 때 한 해 동안의 가용성", "한 해 동안 서비스가 멈춘 시간의 기댓값"]
            : ["availability over a year with two servers in every tier", "expected downtime over one year"]
        return (
            headers,
            [["availability_pct", "99.9899", "%", meaning[0]], ["downtime_min_per_year", "53.1", "min", meaning[1]]]
        )
    }

    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    static func words(_ text: String) -> Set<Substring> {
        Set(text.split { " │|\n".contains($0) }.filter { !$0.allSatisfy { "─-+┌┐└┘├┤┬┴┼".contains($0) } })
    }

    @Test("Tables never pass the width and never split a word, in either language", arguments: widths)
    func tableFits(width: Int) throws {
        for korean in [false, true] {
            let table = Self.metrics(korean: korean)
            let text = TableRenderer(style: RenderStyle(glyphs: .unicode, width: width)).render(
                headers: table.headers, rows: table.rows)
            try Golden.check(text, named: "metrics-table-\(korean ? "ko" : "en")-\(width)")
            #expect(Self.lines(text).allSatisfy { DisplayWidth.of($0) <= width }, "wider than \(width)")
            let cellWords = Set((table.headers + table.rows.flatMap { $0 }).flatMap { $0.split(separator: " ") })
            #expect(Self.words(text).isSubset(of: cellWords), "a word was split at \(width)")
        }
    }

    @Test("A table whose words cannot sit side by side stacks each row as header and value lines")
    func stacks() {
        let text = TableRenderer(style: RenderStyle(glyphs: .ascii, width: 40)).render(
            headers: ["experiment", "parameter", "explanation"],
            rows: [["availability_redundancy", "servers_per_tier_min", "short"]])
        #expect(
            text == """
                +--------------------------------------+
                | experiment   availability_redundancy |
                | parameter    servers_per_tier_min    |
                | explanation  short                   |
                +--------------------------------------+
                """)
    }

    @Test("A state band with Korean state names stays one column a cell and fits the width", arguments: widths)
    func bandFits(width: Int) throws {
        let band = TimelineRenderer(style: RenderStyle(glyphs: .unicode, width: width)).render(
            title: "브레이커 상태", states: ["닫힘 (정상 통과)", "열림 (즉시 거절)", "반열림 (시험 호출)"],
            segments: [(0, 10, 0), (10, 15, 1), (15, 16, 2), (16, 40, 0)], unit: "call")
        try Golden.check(band, named: "timeline-korean-\(width)")
        #expect(Self.lines(band).allSatisfy { DisplayWidth.of($0) <= width }, "wider than \(width)")
        #expect(band.contains("0 call"))
    }

    @Test("Entries flow onto new lines between entries, never inside one")
    func flow() {
        #expect(
            TextLayout.flow(["run", "load", "rate=3600", "coalesce=false"], width: 20, separator: " ")
                == ["run load rate=3600", "coalesce=false"])
        #expect(TextLayout.flow(["A 닫힘 90%", "B 열림 10%"], width: 16, indent: 1) == [" A 닫힘 90%", " B 열림 10%"])
    }

    @Test("The ASCII fallback leaves only ASCII bytes and spells the symbols scalelab uses")
    func asciiFallback() {
        let text = ASCIIFallback.text("p99 ≈ 2× λ — ρ=0.8 ▶ §2.1 • ± 한 ✅")
        #expect(text == "p99 ~ 2x lambda -- rho=0.8 > S2.1 * +/- ?? ??")
        #expect(text.utf8.allSatisfy { $0 < 0x80 })
        let box = ["┌──────────┐", "│ 👥 Users │", "│ 한국어   │", "└──────────┘"].map(ASCIIFallback.text)
        #expect(Set(box.map(\.count)) == [12], "a wide character keeps its two columns: \(box)")
    }
}
