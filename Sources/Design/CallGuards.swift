import MiniCluster

/// The timeouts, retries and breakers on a design's synchronous calls, with what they did.
struct CallGuards {
    struct Edge {
        var policy: EdgePolicy
        var breaker: CircuitBreaker?
        /// The breaker's state over virtual time (closed 0, open 1, half-open 2).
        var states = StateTimeline(initial: CircuitBreaker.State.closed.rawValue)
        var calls = 0
        var retries = 0
    }

    /// Per design edge, its guard (nil: the call is not guarded).
    var edges: [Edge?]
    /// Per node, its guarded edges as (callee, edge index).
    let outgoing: [[(to: Int, edge: Int)]]
    /// Whether any edge is guarded (a run without guards skips every look-up).
    let any: Bool
    /// Per node: whether a server's worker waits for the calls its reads, or its writes, make.
    let holdsReads: [Bool]
    let holdsWrites: [Bool]
    /// Measured calls that timed out, retries made, calls a breaker refused.
    var timeouts = 0, retries = 0, rejected = 0

    init(design: Design, topology: Topology) {
        edges = design.edges.map { edge in
            edge.policy.map { Edge(policy: $0, breaker: $0.breaker.map(CircuitBreaker.init)) }
        }
        var outgoing = [[(to: Int, edge: Int)]](repeating: [], count: design.nodes.count)
        for (index, edge) in design.edges.enumerated() where edge.policy != nil && !edge.async {
            outgoing[edge.from].append((edge.to, index))
        }
        self.outgoing = outgoing
        any = outgoing.contains { !$0.isEmpty }
        let guardedKinds = { (node: Int, kinds: Set<NodeKind>) in
            design.nodes[node].kind == .app && outgoing[node].contains { kinds.contains(design.nodes[$0.to].kind) }
        }
        holdsReads = design.nodes.indices.map { guardedKinds($0, [.cache, .cdn, .primary, .replica, .app]) }
        holdsWrites = design.nodes.indices.map {
            guardedKinds($0, [.primary, .app])
                || (design.nodes[$0].kind == .app && !topology.routes[$0].externals.isEmpty)
        }
    }

    /// The guarded edge from `caller` to `callee`, if there is one.
    func edge(from caller: Int, to callee: Int) -> Int? {
        guard any, caller >= 0 else { return nil }
        return outgoing[caller].first { $0.to == callee }?.edge
    }

    /// Notes the breaker's state after it was asked or told something at `now`.
    mutating func noteState(_ edge: Int, at now: SimTime) {
        guard let state = edges[edge]?.breaker?.state.rawValue else { return }
        edges[edge]!.states.enter(state, at: now)
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
