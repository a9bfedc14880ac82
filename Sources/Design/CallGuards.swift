import MiniCluster

/// The timeouts, retries and breakers of a design's calls to external APIs, with what they did.
struct CallGuards {
    struct Edge {
        var policy: EdgePolicy
        var breaker: CircuitBreaker?
        var calls = 0
        var retries = 0
    }

    /// Per server node, per external API it calls (in `Topology.Route.externals` order); nil without a policy.
    var edges: [[Edge?]]
    /// Measured calls that timed out, retries made, calls a breaker refused.
    var timeouts = 0, retries = 0, rejected = 0

    init(design: Design, topology: Topology) {
        edges = design.nodes.indices.map { app in
            topology.routes[app].externals.map { external in
                let policy = design.edges.first { $0.from == app && $0.to == external && !$0.async }?.policy
                return policy.map { Edge(policy: $0, breaker: $0.breaker.map(CircuitBreaker.init)) }
            }
        }
    }

    /// The backoff before retry `tries` (1 for the first retry), in seconds.
    func delay(_ policy: EdgePolicy, tries: Int, random: inout RandomSource) -> Double {
        let base = policy.backoff * 1_000
        let cap = policy.backoffCap * 1_000
        let previous = min(cap, base * Double(1 << min(20, max(0, tries - 2))))
        return (policy.retry.delay(retry: tries - 1, previous: previous, base: base, cap: cap, using: &random) ?? 0)
            / 1_000
    }
}
