/// Layers and order of a graph's nodes: longest-path layering (back edges of cycles set aside),
/// dummy nodes on long edges, and barycentre sweeps to reduce crossings.
struct MermaidLayout {
    /// A node of the layout; dummies carry long edges through intermediate layers.
    struct Item: Equatable {
        let id: String
        let isDummy: Bool
    }

    /// Edges between adjacent layers, after splitting long ones; `last` marks the piece with the arrow.
    struct Segment: Equatable {
        let from: String
        let to: String
        let edge: Int
        let last: Bool
    }

    private(set) var layers: [[Item]] = []
    private(set) var segments: [Segment] = []
    /// Edges that point back to an earlier or the same layer (drawn around the side).
    private(set) var backEdges: [Int] = []

    init(graph: MermaidGraph) {
        let ids = graph.nodes.map(\.id)
        let back = Self.backEdges(graph)
        backEdges = back.sorted()
        var layer = [String: Int]()
        for id in ids { layer[id] = 0 }
        for _ in 0..<ids.count {  // longest path over the acyclic part
            for (index, edge) in graph.edges.enumerated() where !back.contains(index) && edge.from != edge.to {
                layer[edge.to] = max(layer[edge.to] ?? 0, (layer[edge.from] ?? 0) + 1)
            }
        }
        var grid = [[Item]](repeating: [], count: (layer.values.max() ?? 0) + 1)
        for id in ids { grid[layer[id] ?? 0].append(Item(id: id, isDummy: false)) }
        for (index, edge) in graph.edges.enumerated() where !back.contains(index) && edge.from != edge.to {
            var previous = edge.from
            let start = layer[edge.from] ?? 0
            let end = layer[edge.to] ?? 0
            for middle in stride(from: start + 1, to: end, by: 1) {
                let dummy = "\u{0}dummy\(index)-\(middle)"
                grid[middle].append(Item(id: dummy, isDummy: true))
                segments.append(Segment(from: previous, to: dummy, edge: index, last: false))
                previous = dummy
            }
            segments.append(Segment(from: previous, to: edge.to, edge: index, last: true))
        }
        layers = Self.ordered(grid, segments: segments)
    }

    /// Edges closing a cycle in a depth-first walk from the nodes in declaration order.
    static func backEdges(_ graph: MermaidGraph) -> Set<Int> {
        var state = [String: Int]()  // 1 visiting, 2 done
        var back = Set<Int>()
        func visit(_ id: String) {
            state[id] = 1
            for (index, edge) in graph.edges.enumerated() where edge.from == id {
                switch state[edge.to] {
                case 1?: back.insert(index)
                case nil: visit(edge.to)
                default: break
                }
            }
            state[id] = 2
        }
        for node in graph.nodes where state[node.id] == nil { visit(node.id) }
        return back
    }

    /// Reorders each layer by the mean position of its neighbours, down then up, a few times.
    static func ordered(_ grid: [[Item]], segments: [Segment]) -> [[Item]] {
        var layers = grid
        func position(_ id: String) -> Double? {
            for layer in layers { if let index = layer.firstIndex(where: { $0.id == id }) { return Double(index) } }
            return nil
        }
        for sweep in 0..<4 {
            let order = sweep % 2 == 0 ? Array(layers.indices.dropFirst()) : Array(layers.indices.dropLast().reversed())
            for index in order {
                let keyed = layers[index].enumerated().map { offset, item -> (Double, Int, Item) in
                    let neighbours = segments.compactMap { segment -> Double? in
                        if sweep % 2 == 0, segment.to == item.id { return position(segment.from) }
                        if sweep % 2 == 1, segment.from == item.id { return position(segment.to) }
                        return nil
                    }
                    let center =
                        neighbours.isEmpty ? Double(offset) : neighbours.reduce(0, +) / Double(neighbours.count)
                    return (center, offset, item)
                }
                layers[index] = keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
            }
        }
        return layers
    }
}
