/// A graph drawn left to right (or right to left): layers are columns of boxes.
struct HorizontalDrawing {
    let graph: MermaidGraph
    let layout: MermaidLayout
    let boxes: NodeBoxes
    let glyphs: Glyphs
    let highlight: String?

    private var reversed: Bool { graph.direction == .rightLeft }
    private var columnGap: Int {
        max(6, (graph.edges.map { DisplayWidth.of($0.label) }.max() ?? 0) + 4)
    }

    private var layerWidths: [Int] { layout.layers.map { $0.map(boxes.width).max() ?? 1 } }

    /// Columns the whole drawing needs.
    var width: Int { layerWidths.reduce(0, +) + max(0, layerWidths.count - 1) * columnGap }

    private var positions: [String: (x: Int, y: Int, layer: Int)] {
        let widths = layerWidths
        let tallest = layout.layers.map(\.count).max() ?? 1
        var positions = [String: (x: Int, y: Int, layer: Int)]()
        var x = 0
        let order = reversed ? Array(layout.layers.indices.reversed()) : Array(layout.layers.indices)
        var left = [Int](repeating: 0, count: layout.layers.count)
        for index in order {
            left[index] = x
            x += widths[index] + columnGap
        }
        for (index, layer) in layout.layers.enumerated() {
            let offset = (tallest - layer.count) * (NodeBoxes.height + 1) / 2
            for (row, item) in layer.enumerated() {
                positions[item.id] = (
                    left[index] + (widths[index] - boxes.width(item)) / 2, offset + row * (NodeBoxes.height + 1), index
                )
            }
        }
        return positions
    }

    func lines() -> [String] {
        var canvas = LineCanvas(glyphs: glyphs)
        let positions = self.positions
        let items = Dictionary(uniqueKeysWithValues: layout.layers.flatMap { $0 }.map { ($0.id, $0) })
        for (id, place) in positions.sorted(by: { $0.key < $1.key }) {
            guard let item = items[id] else { continue }
            boxes.draw(item, x: place.x, y: place.y, on: &canvas, highlighted: id == highlight)
            if item.isDummy {
                let span = layerWidths[place.layer]
                canvas.horizontal(place.x - span / 2, place.x + span - span / 2, y: place.y + 1)
            }
        }
        for segment in layout.segments {
            guard let from = positions[segment.from], let to = positions[segment.to],
                let source = items[segment.from], let target = items[segment.to]
            else { continue }
            let edge = graph.edges[segment.edge]
            let (sy, ty) = (from.y + 1, to.y + 1)
            let start = reversed ? from.x - 1 : from.x + boxes.width(source)
            let end = reversed ? to.x + boxes.width(target) : to.x - 1
            let channel = reversed ? start - 2 : start + 2
            canvas.horizontal(start, channel, y: sy, dotted: edge.dotted)
            canvas.vertical(sy, ty, x: channel, dotted: edge.dotted)
            canvas.horizontal(channel, end, y: ty, dotted: edge.dotted)
            if segment.last && edge.arrow {
                canvas.put(String(reversed ? glyphs.arrowLeft : glyphs.arrowRight), x: end, y: ty)
            }
            if segment.last {
                if !edge.label.isEmpty { canvas.put(edge.label, x: min(channel, end) + 1, y: ty - 1) }
            }
        }
        return canvas.render()
    }
}
