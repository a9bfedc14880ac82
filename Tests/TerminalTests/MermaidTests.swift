import Testing

@testable import Terminal

@Suite struct MermaidTests {
    @Test(
        "The document's diagrams and an LR flow render as their golden drawings",
        arguments: [
            ("scale-out", 80), ("scale-out", 60), ("cache-tiers", 80), ("breaker", 80), ("breaker", 60),
            ("order-queue", 80)
        ])
    func goldens(name: String, width: Int) throws {
        let drawing = MermaidRenderer(glyphs: .unicode, width: width).render(try Golden.input(name + ".mmd"))
        try Golden.check(drawing, named: "\(name)-\(width)")
        #expect(drawing.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= width })
    }

    @Test("The ASCII fallback uses only ASCII")
    func ascii() throws {
        let drawing = MermaidRenderer(glyphs: .ascii, width: 80).render(try Golden.input("breaker.mmd"))
        #expect(
            drawing.unicodeScalars.allSatisfy {
                $0.isASCII || $0.properties.isIdeographic || (0xAC00...0xD7A3).contains($0.value)
            })
        try Golden.check(drawing, named: "breaker-ascii")
    }

    @Test("The highlighted state is drawn with heavy lines")
    func highlight() throws {
        let drawing = MermaidRenderer(glyphs: .unicode, width: 80).render(
            try Golden.input("breaker.mmd"), highlight: "Open")
        #expect(drawing.contains("┏━━━━━━━┓"))
        #expect(drawing.components(separatedBy: "┏").count == 2)
    }

    @Test("Every node, label and edge of the scale-out diagram is parsed; style lines are ignored")
    func parse() throws {
        let graph = try MermaidParser.parse(try Golden.input("scale-out.mmd"))
        #expect(graph.direction == .leftRight)
        #expect(
            graph.nodes.map(\.label) == [
                "👥 Users", "DNS", "Load Balancer", "Server 1", "Server 2", "Server 3", "Master DB", "Slave DB"
            ])
        #expect(graph.edges.count == 9)
        #expect(graph.edges.last == .init(from: "DB_M", to: "DB_S", label: "", dotted: true))
        #expect(graph.nodes.first { $0.id == "DB_M" }?.shape == .database)
    }

    @Test("Labels with parentheses inside brackets keep them")
    func parenthesesInLabels() throws {
        let graph = try MermaidParser.parse(try Golden.input("cache-tiers.mmd"))
        #expect(graph.nodes.map(\.label) == ["Disk DB", "Global Cache (Redis)", "Local Cache", "CDN (Edge)"])
    }

    @Test(
        "Unknown or broken Mermaid is shown as source with a note, never a crash",
        arguments: [
            "pie title Pets\n  \"Dogs\" : 3", "graph LR\n  A[open --> B", "graph XY\n A-->B", "", "graph TD\n  A -> B"
        ])
    func unknown(source: String) {
        let text = MermaidRenderer(glyphs: .unicode, width: 80).render(source)
        #expect(text.hasPrefix("(diagram shown as source"))
    }

    @Test("Every truncation of a valid diagram renders without crashing")
    func truncations() throws {
        for name in ["scale-out", "cache-tiers", "breaker", "order-queue"] {
            let source = try Golden.input(name + ".mmd")
            for length in stride(from: 0, through: source.count, by: 3) {
                let text = MermaidRenderer(glyphs: .unicode, width: 80).render(String(source.prefix(length)))
                #expect(!text.isEmpty || length == 0)
            }
        }
    }
}
