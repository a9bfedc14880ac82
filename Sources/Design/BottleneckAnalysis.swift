import Foundation

/// Finds the busiest serving node and how many nodes its tier needs to stay under a target.
enum BottleneckAnalysis {
    /// Utilisation a tier should stay under: queues grow fast above it.
    static let target = 0.7

    static func find(_ design: Design, nodes: [NodeResult]) -> Bottleneck? {
        guard
            let busiest = nodes.indices.filter({ design.nodes[$0].kind.serves && design.nodes[$0].kind != .users })
                .max(by: { nodes[$0].utilization < nodes[$1].utilization }), nodes[busiest].utilization > 0
        else { return nil }
        let kind = design.nodes[busiest].kind
        let tier = nodes.indices.filter { design.nodes[$0].kind == kind }
        let load = tier.reduce(0) { $0 + max(nodes[$1].utilization, nodes[$1].offeredLoad) }
        let needed = max(tier.count, Int((load / target).rounded(.up)))
        return Bottleneck(
            node: nodes[busiest].id, utilization: nodes[busiest].utilization, tierSize: tier.count,
            needed: needed, target: target, readShare: kind.isStore ? nodes[busiest].readShare : 0, kind: kind)
    }
}
