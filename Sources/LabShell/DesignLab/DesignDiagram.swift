import Design
import Experiments
import Foundation
import LabText
import Terminal

/// The design drawn with each serving node's utilisation and health in its box; the bottleneck
/// is drawn with heavy lines (and in colour when colour is on).
enum DesignDiagram {
    /// Designs with more nodes are not drawn.
    static let maxDrawnNodes = 120

    static func source(_ design: Design, outcome: DesignOutcome, language: Language) -> String {
        var lines = [design.header]
        for (node, result) in zip(design.nodes, outcome.nodes) {
            var label = node.label
            if node.kind.serves {
                label += " · \(MetricText.format(result.utilization * 100))% \(NodeHealth.word(result).text(language))"
            } else if !result.up {
                label += " · \(NodeHealth.word(result).text(language))"
            }
            let clean = label.replacingOccurrences(of: "\"", with: "'")
            lines.append("    \(node.id)" + (node.database ? "[(\"\(clean)\")]" : "[\"\(clean)\"]"))
        }
        for edge in design.edges {
            lines.append("    \(design.nodes[edge.from].id) \(edge.async ? "-.->" : "-->") \(design.nodes[edge.to].id)")
        }
        return lines.joined(separator: "\n")
    }

    static func render(_ design: Design, outcome: DesignOutcome, session: Session) -> String {
        let width = session.console.width
        let title = TextLayout.wrap(
            session.text(
                en: "The design under load (heavy box: the busiest node)", ko: "부하를 받는 설계 (굵은 상자: 가장 바쁜 노드)"),
            to: width
        ).map(session.styler.bold).joined(separator: "\n")
        // NB: the layout is far worse than linear: 10,000 nodes took minutes, 300 about 0.5 s; past 120 no drawing fits anyway.
        let drawing =
            design.nodes.count > maxDrawnNodes
            ? ""
            : MermaidRenderer(glyphs: session.glyphs, styler: session.styler, width: width)
                .render(
                    source(design, outcome: outcome, language: session.language), highlight: outcome.bottleneck?.node)
        guard !drawing.isEmpty, drawing.split(separator: "\n").allSatisfy({ DisplayWidth.of($0) <= width }) else {
            let note = session.text(
                en: "(\(design.nodes.count) nodes do not fit in \(width) columns: the Nodes table below has each one)",
                ko: "(노드 \(design.nodes.count)개가 \(width)칸에 들어가지 않습니다: 아래 노드 표에 모두 있습니다)")
            return title + "\n" + TextLayout.wrap(note, to: width).joined(separator: "\n")
        }
        return title + "\n" + drawing
    }
}
