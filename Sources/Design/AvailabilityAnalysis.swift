import Foundation

/// Availability worked out from the graph: each request class crosses tiers in series, and the
/// nodes of a tier stand in parallel (any one of them serves).
///
/// A tier is the set of nodes a class reaches at the same step: the passing nodes hop by hop, then
/// the servers, then the stores. The formula is exact when every node of a tier reaches every node
/// of the next, as in the course's diagrams.
package struct AvailabilityResult: Sendable {
    package var read: Double
    package var write: Double
    /// Weighted by the read share.
    package var overall: Double
    /// Nodes whose failure alone stops a class, each with the classes it stops (`read`, `write`).
    package var singlePoints: [(node: String, classes: [String])]

    /// Nines: 0.9999 is 4.
    package var nines: Double { overall >= 1 ? 9 : -log10(1 - overall) }
}

enum AvailabilityAnalysis {
    /// The tiers reads and writes cross, and the primaries writes are spread over (shards).
    static func tiers(_ design: Design) -> (read: [[Int]], write: [[Int]], primaries: [Int]) {
        let topology = Topology(design)
        let path = pathTiers(design, topology)
        let apps = path.last.map { $0.filter { design.nodes[$0].kind == .app } } ?? []
        let readStores = unique(apps.flatMap { topology.routes[$0].readStores + topology.routes[$0].primaries })
        let primaries = unique(apps.flatMap { topology.routes[$0].primaries })
        let externals = unique(apps.flatMap { topology.routes[$0].externals }).map { [$0] }
        return (path + (readStores.isEmpty ? [] : [readStores]), path + externals, primaries)
    }

    static func analyse(_ design: Design, readShare: Double) -> AvailabilityResult {
        let (readTiers, writeTiers, primaries) = tiers(design)
        let a = { (node: Int) in design.nodes[node].settings.availability }
        let shards = primaries.isEmpty ? 1 : primaries.map(a).reduce(0, +) / Double(primaries.count)
        let read = series(readTiers, a)
        let write = series(writeTiers, a) * shards
        var points: [(String, [String])] = []
        for node in design.nodes.indices where design.nodes[node].kind != .users {
            var classes: [String] = []
            if readTiers.contains([node]) { classes.append("read") }
            if writeTiers.contains([node]) || primaries == [node] { classes.append("write") }
            if !classes.isEmpty { points.append((design.nodes[node].id, classes)) }
        }
        return AvailabilityResult(
            read: read, write: write, overall: readShare * read + (1 - readShare) * write, singlePoints: points)
    }

    /// The product over tiers of 1 − Π(1 − aᵢ).
    static func series(_ tiers: [[Int]], _ availability: (Int) -> Double) -> Double {
        tiers.reduce(1) { total, tier in total * (1 - tier.reduce(1) { $0 * (1 - availability($1)) }) }
    }

    /// Tiers from the users to the servers, hop by hop along solid edges.
    static func pathTiers(_ design: Design, _ topology: Topology) -> [[Int]] {
        var tiers: [[Int]] = []
        var layer = unique(topology.entries.flatMap { topology.routes[$0].forward })
        var seen = Set(topology.entries)
        while !layer.isEmpty, tiers.count < design.nodes.count {
            tiers.append(layer)
            seen.formUnion(layer)
            if layer.contains(where: { design.nodes[$0].kind == .app }) { break }
            layer = unique(layer.flatMap { topology.routes[$0].forward }).filter { !seen.contains($0) }
        }
        return tiers
    }

    static func unique(_ values: [Int]) -> [Int] {
        var seen = Set<Int>()
        return values.filter { seen.insert($0).inserted }
    }
}
