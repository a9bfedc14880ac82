import Design
import Experiments

/// `design compare A B`: two designs under the same load, side by side, and what changed in the graph.
enum DesignCompare {
    static let headline = [
        "cost_month", "cost_per_million", "p99_ms", "read.p99_ms", "write.p99_ms", "error_rate",
        "throughput", "availability", "nines", "spof_count"
    ]

    static func show(_ first: (Design, Report), _ second: (Design, Report), session: Session) {
        let rows = headline.compactMap { name -> [String]? in
            guard let a = first.1.metric(name), let b = second.1.metric(name) else { return nil }
            return [name, MetricText.format(a.value), MetricText.format(b.value), MetricText.format(b.value - a.value)]
        }
        session.showTable(
            headers: [
                session.text(en: "metric", ko: "지표"), first.0.file, second.0.file, session.text(en: "change", ko: "변화")
            ],
            rows: rows)
        for line in graphChanges(first.0, second.0, session: session) { session.console.print(line) }
    }

    /// Nodes and edges added or removed, by id, in the order written.
    static func graphChanges(_ a: Design, _ b: Design, session: Session) -> [String] {
        let edges = { (design: Design) in
            design.edges.map { "\(design.nodes[$0.from].id) \($0.async ? "-.->" : "-->") \(design.nodes[$0.to].id)" }
        }
        let nodesA = a.nodes.map(\.id)
        let nodesB = b.nodes.map(\.id)
        let edgesA = edges(a)
        let edgesB = edges(b)
        let changes = [
            (session.text(en: "nodes added", ko: "추가된 노드"), nodesB.filter { !nodesA.contains($0) }),
            (session.text(en: "nodes removed", ko: "빠진 노드"), nodesA.filter { !nodesB.contains($0) }),
            (session.text(en: "edges added", ko: "추가된 간선"), edgesB.filter { !edgesA.contains($0) }),
            (session.text(en: "edges removed", ko: "빠진 간선"), edgesA.filter { !edgesB.contains($0) })
        ]
        let lines = changes.filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1.joined(separator: ", "))" }
        return lines.isEmpty ? [session.text(en: "the graphs are the same", ko: "두 그래프가 같습니다")] : lines
    }
}
