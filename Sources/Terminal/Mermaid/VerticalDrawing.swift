/// A graph drawn top-down (or bottom-up): layers are rows of boxes, edges run through the gaps.
struct VerticalDrawing {
    let graph: MermaidGraph
    let layout: MermaidLayout
    let boxes: NodeBoxes
    let glyphs: Glyphs
    let highlight: String?
    let upward: Bool

    static let gap = 2
    private var hasLabels: Bool { graph.edges.contains { !$0.label.isEmpty } }
    private var rowGap: Int { hasLabels ? 4 : 3 }
    private var layerCount: Int { layout.layers.count }

    /// Row of the top of a layer's boxes (reversed when drawing upward).
    private func top(_ layer: Int) -> Int { (upward ? layerCount - 1 - layer : layer) * (NodeBoxes.height + rowGap) }

    /// Left column of every item, each layer centred on the widest.
    private var positions: [String: (x: Int, layer: Int)] {
        let widths = layout.layers.map { layer in
            layer.map(boxes.width).reduce(0, +) + max(0, layer.count - 1) * Self.gap
        }
        let widest = widths.max() ?? 0
        var positions = [String: (x: Int, layer: Int)]()
        for (index, layer) in layout.layers.enumerated() {
            var x = (widest - widths[index]) / 2
            for item in layer {
                positions[item.id] = (x, index)
                x += boxes.width(item) + Self.gap
            }
        }
        return positions
    }

    func lines() -> [String] {
        var canvas = LineCanvas(glyphs: glyphs)
        let positions = self.positions
        let items = layout.layers.flatMap { $0 }
        func center(_ id: String) -> Int { (positions[id]?.x ?? 0) + boxes.width(items.first { $0.id == id }!) / 2 }
        for item in items {
            guard let place = positions[item.id] else { continue }
            boxes.draw(item, x: place.x, y: top(place.layer), on: &canvas, highlighted: item.id == highlight)
            if item.isDummy {
                canvas.vertical(top(place.layer), top(place.layer) + 2, x: place.x, dotted: dummyDotted(item))
            }
        }
        for segment in layout.segments {
            guard let from = positions[segment.from], let to = positions[segment.to] else { continue }
            let edge = graph.edges[segment.edge]
            let (sx, tx) = (center(segment.from), center(segment.to))
            // NB: a start or end dot sits in the middle row of its slot, so its edge begins or ends one row nearer.
            let (fromDot, toDot) = (boxes.isDot(segment.from) ? 1 : 0, boxes.isDot(segment.to) ? 1 : 0)
            let start = upward ? top(from.layer) - 1 + fromDot : top(from.layer) + NodeBoxes.height - fromDot
            let end = upward ? top(to.layer) + NodeBoxes.height - toDot : top(to.layer) - 1 + toDot
            let channel = upward ? start - 1 : start + 1
            canvas.vertical(start, channel, x: sx, dotted: edge.dotted)
            canvas.horizontal(sx, tx, y: channel, dotted: edge.dotted)
            canvas.vertical(channel, end, x: tx, dotted: edge.dotted)
            if segment.last && edge.arrow {
                canvas.put(String(upward ? glyphs.arrowUp : glyphs.arrowDown), x: tx, y: end)
            }
            if segment.last {
                if !edge.label.isEmpty { canvas.put(edge.label, x: tx + 2, y: upward ? channel - 1 : channel + 1) }
            }
        }
        drawBackEdges(on: &canvas, positions: positions, center: center)
        return canvas.render()
    }

    private func dummyDotted(_ item: MermaidLayout.Item) -> Bool {
        layout.segments.first { $0.to == item.id }.map { graph.edges[$0.edge].dotted } ?? false
    }

    /// Edges back up the layers go out on the right and come into the target from its right side.
    private func drawBackEdges(
        on canvas: inout LineCanvas, positions: [String: (x: Int, layer: Int)], center: (String) -> Int
    ) {
        let right =
            (positions.map { $0.value.x }.max() ?? 0) + (graph.nodes.map { DisplayWidth.of($0.label) }.max() ?? 0) + 6
        let rightEdges = layout.layers.flatMap { $0 }.reduce(into: [String: Int]()) { result, item in
            result[item.id] = (positions[item.id]?.x ?? 0) + boxes.width(item)
        }
        let span = { (index: Int) -> Int in
            abs(
                (positions[self.graph.edges[index].from]?.layer ?? 0)
                    - (positions[self.graph.edges[index].to]?.layer ?? 0))
        }
        // Shorter loops take the inner columns, so loops nest instead of crossing.
        for (order, index) in layout.backEdges.sorted(by: { (span($0), $0) < (span($1), $1) }).enumerated() {
            let edge = graph.edges[index]
            guard let from = positions[edge.from], let to = positions[edge.to] else { continue }
            let column = max(right, canvas.width + 1) + order * 2
            let sourceRow = top(from.layer) + 1
            let targetRow = top(to.layer) + 1
            let (sourceRight, targetRight) = (rightEdges[edge.from] ?? 0, rightEdges[edge.to] ?? 0)
            canvas.horizontal(sourceRight, column, y: sourceRow, dotted: edge.dotted)
            canvas.vertical(
                sourceRow, targetRow == sourceRow ? sourceRow + 1 : targetRow, x: column, dotted: edge.dotted)
            canvas.horizontal(targetRight, column, y: targetRow, dotted: edge.dotted)
            canvas.put(String(glyphs.arrowLeft), x: targetRight, y: targetRow)
            if !edge.label.isEmpty { canvas.put(edge.label, x: targetRight + 2, y: targetRow - 1) }
        }
    }
}
