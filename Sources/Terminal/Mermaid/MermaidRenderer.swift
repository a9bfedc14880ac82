import Foundation

/// Draws Mermaid flowcharts and state diagrams as box drawings that fit a width.
package struct MermaidRenderer: StyledRenderer {
    package var style: RenderStyle

    package init(style: RenderStyle) { self.style = style }

    package init(glyphs: Glyphs, styler: Styler = Styler(enabled: false), width: Int = 80) {
        self.init(style: RenderStyle(glyphs: glyphs, styler: styler, width: width))
    }

    /// The drawing, or the source with a one-line note when the diagram cannot be drawn.
    /// `highlight` names a node drawn with heavy lines (for example the breaker's current state).
    package func render(_ source: String, highlight: String? = nil) -> String {
        do throws(MermaidParser.Failure) {
            let graph = try MermaidParser.parse(source)
            guard !graph.nodes.isEmpty else { throw MermaidParser.Failure(line: 1, reason: "no nodes") }
            return draw(graph, highlight: highlight)
        } catch {
            let note = "(diagram shown as source: line \(error.line): \(error.reason))"
            return ([note] + source.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 })
                .joined(separator: "\n")
        }
    }

    func draw(_ graph: MermaidGraph, highlight: String?) -> String {
        let layout = MermaidLayout(graph: graph)
        let boxes = NodeBoxes(graph: graph, glyphs: glyphs, maxLabel: max(8, width / 3))
        if graph.direction == .leftRight || graph.direction == .rightLeft {
            let horizontal = HorizontalDrawing(
                graph: graph, layout: layout, boxes: boxes, glyphs: glyphs, highlight: highlight)
            if horizontal.width <= width { return styled(horizontal.lines(), graph: graph, highlight: highlight) }
        }
        let vertical = VerticalDrawing(
            graph: graph, layout: layout, boxes: boxes, glyphs: glyphs, highlight: highlight,
            upward: graph.direction == .bottomUp
        ).lines()
        guard vertical.contains(where: { DisplayWidth.of($0) > width }),
            graph.edges.contains(where: { !$0.label.isEmpty })
        else {
            return styled(vertical, graph: graph, highlight: highlight)
        }
        return withLabelsBelow(graph, highlight: highlight)
    }

    /// Makes the highlighted node's label bold when colour is on.
    private func styled(_ lines: [String], graph: MermaidGraph, highlight: String?) -> String {
        guard styler.enabled, let highlight, let node = graph.nodes.first(where: { $0.id == highlight }) else {
            return lines.joined(separator: "\n")
        }
        return lines.map {
            $0.replacingFirst(" \(node.label) ", with: " " + styler.bold(styler.color(node.label, .yellow)) + " ")
        }
        .joined(separator: "\n")
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
