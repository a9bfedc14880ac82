/// A Mermaid diagram reduced to what the terminal draws: nodes, edges and a direction.
struct MermaidGraph: Equatable {
    enum Direction: Equatable { case topDown, bottomUp, leftRight, rightLeft }
    enum Shape: Equatable { case box, rounded, circle, database, decision, start, end }

    struct Node: Equatable {
        let id: String
        var label: String
        var shape: Shape
    }

    struct Edge: Equatable {
        let from: String
        let to: String
        var label: String
        var dotted: Bool
        /// False for `---` and `-.-`, which draw no arrowhead.
        var arrow = true
    }

    var direction: Direction
    var nodes: [Node] = []
    var edges: [Edge] = []

    /// Adds a node the first time it is named; a later definition with a label or shape wins.
    mutating func declare(_ id: String, label: String?, shape: Shape?) {
        if let index = nodes.firstIndex(where: { $0.id == id }) {
            if let label { nodes[index].label = label }
            if let shape { nodes[index].shape = shape }
        } else {
            nodes.append(Node(id: id, label: label ?? id, shape: shape ?? .box))
        }
    }
}
