import LabText

/// The state of reading one design file: nodes and edges so far, and the `%% sim` lines to apply.
struct DesignReader {
    let file: String
    let lines: [String]
    private var headerLine = 0
    private var nodes: [String: Int] = [:]
    private var order: [(id: String, label: String?, database: Bool, position: SourcePosition)] = []
    private var edges: [DesignEdge] = []
    private var directives: [SimDirective] = []

    init(file: String, lines: [String]) {
        self.file = file
        self.lines = lines
    }

    /// An error at `line` (1-based) and `column`.
    func error(line: Int, column: Int, _ message: Localized, fix: String? = nil, note: Localized? = nil) -> DesignError
    {
        DesignError(
            file: file, line: line, column: column, sourceLine: line <= lines.count ? lines[line - 1] : "",
            message: message, fix: fix, note: note)
    }

    /// Finds `graph LR` or `flowchart TD` (after blank and comment lines).
    mutating func readHeader() throws(DesignError) {
        guard let first = lines.firstIndex(where: { !Self.trimmed($0).isEmpty && !Self.trimmed($0).hasPrefix("%%") })
        else {
            throw error(line: 1, column: 1, Localized(en: "the design is empty", ko: "설계가 비어 있습니다"), fix: "graph LR")
        }
        let words = Self.trimmed(lines[first]).split(separator: " ")
        let directions = ["LR", "RL", "TD", "TB", "BT"]
        guard let kind = words.first, ["graph", "flowchart"].contains(kind.lowercased()),
            words.count < 2 || directions.contains(words[1].uppercased())
        else {
            throw error(
                line: first + 1, column: 1,
                Localized(
                    en:
                        "a design is a Mermaid flowchart: the first line must be 'graph' or 'flowchart' and a direction",
                    ko: "설계는 Mermaid 순서도입니다: 첫 줄은 'graph' 또는 'flowchart'와 방향이어야 합니다"), fix: "graph LR")
        }
        headerLine = first + 1
    }

    /// Reads every line after the header.
    mutating func readStatements() throws(DesignError) {
        for number in (headerLine + 1)...max(headerLine + 1, lines.count) where number <= lines.count {
            let raw = lines[number - 1]
            guard raw.count <= DesignParser.maxLineLength else {
                throw error(
                    line: number, column: DesignParser.maxLineLength + 1,
                    Localized(
                        en: "the line is longer than \(DesignParser.maxLineLength) characters",
                        ko: "줄이 \(DesignParser.maxLineLength)자보다 깁니다"))
            }
            let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
            let text = Self.trimmed(raw)
            if text.hasPrefix("%% sim") {
                directives.append(try SimDirective(text, line: number, indent: indent, reader: self))
            } else if !Self.isIgnored(text) {
                try readFlowchart(text, line: number, indent: indent)
            }
        }
    }

    private mutating func readFlowchart(_ text: String, line: Int, indent: Int) throws(DesignError) {
        let parsed = try FlowchartLine(text) { column, message, fix in
            error(line: line, column: column + indent, message, fix: fix)
        }
        let local = parsed.nodes.map { ref in
            declare(ref, position: SourcePosition(line: line, column: ref.column + indent, text: lines[line - 1]))
        }
        guard order.count <= DesignParser.maxNodes else {
            throw error(
                line: line, column: indent + 1,
                Localized(
                    en: "the design has more than \(DesignParser.maxNodes) nodes",
                    ko: "노드가 \(DesignParser.maxNodes)개를 넘습니다"))
        }
        for link in parsed.links {
            edges.append(
                DesignEdge(
                    from: local[link.from], to: local[link.to], async: link.dotted,
                    position: SourcePosition(line: line, column: link.column + indent, text: lines[line - 1])))
        }
    }

    private mutating func declare(_ ref: FlowchartLine.NodeRef, position: SourcePosition) -> Int {
        if let known = nodes[ref.id] {
            if let label = ref.label {
                order[known].label = label
                order[known].database = ref.database
            }
            return known
        }
        nodes[ref.id] = order.count
        order.append((ref.id, ref.label, ref.database, position))
        return order.count - 1
    }

    /// Applies the `%% sim` lines and infers the other kinds.
    func finish(source: String) throws(DesignError) -> Design {
        var kinds = [NodeKind?](repeating: nil, count: order.count)
        for directive in directives {
            for target in try directive.targets(in: nodes, reader: self) where directive.kind != nil {
                kinds[target] = directive.kind
            }
        }
        var built: [DesignNode] = []
        for (index, entry) in order.enumerated() {
            let label = entry.label ?? entry.id
            guard let kind = kinds[index] ?? NodeKind.infer(label: label, database: entry.database) else {
                throw error(
                    line: entry.position.line, column: entry.position.column,
                    Localized(
                        en: "cannot tell what node \(entry.id) ('\(label)') is",
                        ko: "노드 \(entry.id)('\(label)')가 무엇인지 알 수 없습니다"),
                    fix: "%% sim \(entry.id): app",
                    note: Localized(en: "kinds: " + NodeKind.names, ko: "종류: " + NodeKind.names))
            }
            built.append(
                DesignNode(
                    id: entry.id, label: label, database: entry.database, kind: kind,
                    settings: .defaults(for: kind), position: entry.position))
        }
        for directive in directives {
            for target in try directive.targets(in: nodes, reader: self) {
                try directive.apply(to: &built[target], reader: self)
            }
        }
        var edges = self.edges
        for directive in directives where directive.edgeLine {
            try directive.applyToEdges(&edges, nodes: built, index: nodes, reader: self)
        }
        return Design(
            file: file, source: source, header: Self.trimmed(lines[headerLine - 1]), nodes: built, edges: edges)
    }

    static func trimmed(_ text: String) -> String {
        String(
            text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }

    /// Lines that style or group and do not change the system.
    static func isIgnored(_ line: String) -> Bool {
        line.isEmpty || line.hasPrefix("%%") || line == "end" || line == "}"
            || ["style ", "classDef ", "class ", "linkStyle ", "subgraph", "direction ", "click "].contains {
                line.hasPrefix($0)
            }
    }
}
