/// The size and drawing of each node's box.
struct NodeBoxes {
    let labels: [String: String]
    let shapes: [String: MermaidGraph.Shape]
    let glyphs: Glyphs

    init(graph: MermaidGraph, glyphs: Glyphs, maxLabel: Int) {
        var labels = [String: String]()
        var shapes = [String: MermaidGraph.Shape]()
        for node in graph.nodes {
            labels[node.id] = TextLayout.truncate(node.label, to: maxLabel, ellipsis: glyphs.ellipsis)
            shapes[node.id] = node.shape
        }
        self.labels = labels
        self.shapes = shapes
        self.glyphs = glyphs
    }

    static let height = 3

    /// Columns the item takes: its box, one column for a dummy, one for a start or end dot.
    func width(_ item: MermaidLayout.Item) -> Int {
        if item.isDummy { return 1 }
        switch shapes[item.id] {
        case .start?, .end?: return 1
        default:
            // NB: odd widths put every box centre on a whole column, so edges between layers run straight.
            let natural = DisplayWidth.of(labels[item.id] ?? "") + 4
            return natural % 2 == 0 ? natural + 1 : natural
        }
    }

    /// Whether the node is drawn as a start or end dot rather than a box.
    func isDot(_ id: String) -> Bool { shapes[id] == .start || shapes[id] == .end }

    /// Draws the item with its top-left corner at `(x, y)`.
    func draw(_ item: MermaidLayout.Item, x: Int, y: Int, on canvas: inout LineCanvas, highlighted: Bool) {
        guard !item.isDummy else { return }
        let shape = shapes[item.id] ?? .box
        if shape == .start || shape == .end {
            canvas.put(glyphs.unicode ? (shape == .start ? "●" : "◉") : (shape == .start ? "*" : "@"), x: x, y: y + 1)
            return
        }
        let label = labels[item.id] ?? ""
        let inner = width(item) - 2
        let (tl, tr, bl, br, h) = corners(shape, highlighted: highlighted)
        let side = highlighted && glyphs.unicode ? "┃" : String(glyphs.vertical)
        canvas.put(tl + String(repeating: h, count: inner) + tr, x: x, y: y)
        canvas.put(side + " " + TextLayout.pad(label, to: inner - 2, .center) + " " + side, x: x, y: y + 1)
        canvas.put(bl + String(repeating: h, count: inner) + br, x: x, y: y + 2)
    }

    private func corners(_ shape: MermaidGraph.Shape, highlighted: Bool) -> (String, String, String, String, String) {
        guard glyphs.unicode else {
            return shape == .database ? ("(", ")", "(", ")", "=") : ("+", "+", "+", "+", highlighted ? "=" : "-")
        }
        if highlighted { return ("┏", "┓", "┗", "┛", "━") }
        switch shape {
        case .database: return ("╒", "╕", "╘", "╛", "═")
        case .rounded, .circle: return ("╭", "╮", "╰", "╯", "─")
        case .decision: return ("◇", "◇", "◇", "◇", "─")
        default: return ("┌", "┐", "└", "┘", "─")
        }
    }
}
