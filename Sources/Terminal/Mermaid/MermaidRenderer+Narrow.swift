extension MermaidRenderer {
    /// For a width too narrow for the edge labels beside the arrows: the drawing without them,
    /// then one line per labelled edge, `Closed → Open: failure rate >= threshold`, wrapped.
    func withLabelsBelow(_ graph: MermaidGraph, highlight: String?) -> String {
        var bare = graph
        bare.edges = graph.edges.map { edge in
            var plain = edge
            plain.label = ""
            return plain
        }
        let drawing = draw(bare, highlight: highlight)
        let names = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let arrow = glyphs.unicode ? "→" : "->"
        let notes = graph.edges.filter { !$0.label.isEmpty }.flatMap { edge in
            let text = "\(names[edge.from] ?? edge.from) \(arrow) \(names[edge.to] ?? edge.to): \(edge.label)"
            return TextLayout.wrap(text, to: width - 4).enumerated().map {
                ($0.offset == 0 ? "  " + glyphs.bullet + " " : "    ") + $0.element
            }
        }
        return drawing + "\n\n" + notes.joined(separator: "\n")
    }
}
