/// A design: a Mermaid flowchart whose nodes are parts of a system and whose edges are calls.
package struct Design: Sendable {
    /// Where the design came from, for messages (`designs/2.1.mmd`, `lesson 2.1`).
    package var file: String
    /// The Mermaid text as written, drawn unchanged.
    package var source: String
    /// The flowchart line, for example `graph LR`.
    package var header: String = "graph LR"
    package var nodes: [DesignNode]
    package var edges: [DesignEdge]

    /// The node called `id`.
    package func index(of id: String) -> Int? { nodes.firstIndex { $0.id == id } }

    /// Edges leaving node `index`, in the order written.
    package func outgoing(_ index: Int) -> [DesignEdge] { edges.filter { $0.from == index } }

    /// Nodes of `kind`, in the order written.
    package func nodes(of kind: NodeKind) -> [Int] { nodes.indices.filter { nodes[$0].kind == kind } }
}

/// A node of a design: its Mermaid id and label, its kind and its simulation settings.
package struct DesignNode: Sendable {
    package var id: String
    package var label: String
    /// Drawn as a cylinder, `ID[(label)]`.
    package var database: Bool
    package var kind: NodeKind
    package var settings: NodeSettings
    /// Where the node is first named.
    package var position: SourcePosition
}

/// A call from one node to another: solid is synchronous, dotted asynchronous.
package struct DesignEdge: Sendable, Equatable {
    package var from: Int
    package var to: Int
    package var async: Bool
    package var position: SourcePosition
    /// Timeout, retries and breaker of a server's call to an external API, when a `%% sim` line sets them.
    package var policy: EdgePolicy?
}

/// A place in a design file.
package struct SourcePosition: Sendable, Equatable {
    package var line: Int
    package var column: Int
    package var text: String
}
