/// The routes requests take through a design, worked out once before a run.
///
/// A request enters at a users node and is passed along solid edges (a balancer picks among
/// several) until it reaches a server. There a read tries the server's cache first (cache-aside),
/// then a replica of its primary, then the primary; a write goes to the primary, then to any
/// external API the server calls, and is enqueued on the server's dotted edges. A primary's dotted
/// edges replicate each write to its replicas.
struct Topology {
    struct Route {
        /// Where a request goes next from a passing node (or an inline cache on a miss).
        var forward: [Int] = []
        /// A server's side caches, its read stores (replicas first) and primaries.
        var caches: [Int] = []
        var readStores: [Int] = []
        var primaries: [Int] = []
        var externals: [Int] = []
        /// Dotted edges: enqueue (from a server) or replicate (from a primary).
        var asyncTargets: [Int] = []
    }

    var routes: [Route]
    let entries: [Int]

    init(_ design: Design) {
        var routes = [Route](repeating: Route(), count: design.nodes.count)
        for edge in design.edges {
            let kind = design.nodes[edge.from].kind
            let target = design.nodes[edge.to].kind
            if edge.async && kind != .queue {
                routes[edge.from].asyncTargets.append(edge.to)
                continue
            }
            switch (kind, target) {
            case (.app, .cache): routes[edge.from].caches.append(edge.to)
            case (.app, .primary): routes[edge.from].primaries.append(edge.to)
            case (.app, .replica): routes[edge.from].readStores.append(edge.to)
            case (.app, .external): routes[edge.from].externals.append(edge.to)
            case (.app, .queue): routes[edge.from].asyncTargets.append(edge.to)
            default: routes[edge.from].forward.append(edge.to)
            }
        }
        for app in design.nodes(of: .app) {
            for cache in routes[app].caches {  // a read-through cache's stores serve the server's misses and writes
                for store in routes[cache].forward {
                    if design.nodes[store].kind == .primary { routes[app].primaries.append(store) }
                    if design.nodes[store].kind == .replica { routes[app].readStores.append(store) }
                }
            }
            routes[app].primaries = Self.unique(routes[app].primaries)
            let replicas = routes[app].primaries.flatMap { primary in
                routes[primary].asyncTargets.filter { design.nodes[$0].kind == .replica }
            }
            routes[app].readStores = Self.unique(routes[app].readStores + replicas)
        }
        self.routes = routes
        entries = design.nodes(of: .users)
    }

    private static func unique(_ values: [Int]) -> [Int] {
        var seen = Set<Int>()
        return values.filter { seen.insert($0).inserted }
    }
}
