import MiniCluster

/// The simulation facts of one node: defaults by kind, overridden by `%% sim` attributes.
package struct NodeSettings: Sendable, Hashable {
    /// Requests served at once.
    package var workers: Int
    /// Mean service time in seconds (exponentially distributed); 0 passes requests on at once.
    package var service: Double
    /// Requests that may wait; more are rejected.
    package var queue: Int
    /// A request slower than this end to end counts as an error (seconds; 0 means none).
    package var timeout: Double
    /// How a balancer picks among the nodes it sends to.
    package var policy: Balancer.Policy
    /// How long a balancer takes to notice a dead node (seconds).
    package var detect: Double
    /// A cache's share of the key space it can hold (0...1).
    package var size: Double
    /// A replica's apply rate: replication jobs are applied in order, one at a time, at this many a second
    /// (0: by its workers, as fast as the primary).
    package var apply: Double
    /// Mean time between failures and to repair, in hours.
    package var mtbf: Double
    package var mttr: Double
    /// Dollars per hour of the node.
    package var cost: Double
    package var region: String
    /// How a replica takes its primary's writes.
    package var replication: ReplicationMode = .async
    /// A replica's network round trip from its primary, in seconds (a LAN hop by default; 0.5 ms).
    package var rtt: Double = 0.000_5
    /// How long a primary waits for a semi-sync receipt before it falls back to async (MySQL's
    /// `rpl_semi_sync_master_timeout`, 10 s by default).
    package var ackTimeout: Double = 10

    /// The defaults of `kind`: numbers of the order the course quotes.
    package static func defaults(for kind: NodeKind) -> NodeSettings {
        let work = Self.work(of: kind)
        let upkeep = Self.upkeep(of: kind)
        return NodeSettings(
            workers: work.workers, service: work.service, queue: kind == .app ? 1_000 : 10_000, timeout: 0,
            policy: .roundRobin, detect: 2, size: 0.1, apply: 0, mtbf: upkeep.mtbf, mttr: 1, cost: upkeep.cost,
            region: "main")
    }

    /// The workers of `kind` and their mean service time in seconds (0: it passes requests on at once).
    private static func work(of kind: NodeKind) -> (workers: Int, service: Double) {
        switch kind {
        case .users, .dns, .lb, .queue: (1, 0)
        case .cdn: (1_000, 0.002)
        case .cache: (8, 0.000_5)
        case .app: (16, 0.008)
        case .primary, .replica: (16, 0.004)
        case .worker: (4, 0.02)
        case .external: (100, 0.2)
        }
    }

    /// What `kind` costs in dollars per hour, and its mean time between failures in hours.
    private static func upkeep(of kind: NodeKind) -> (cost: Double, mtbf: Double) {
        switch kind {
        case .users: (0, 2_000)
        case .dns: (0.01, 100_000)
        case .lb: (0.05, 5_000)
        case .cdn: (0.5, 50_000)
        case .cache, .app: (0.2, 2_000)
        case .primary, .replica: (1.0, 2_000)
        case .queue: (0.1, 10_000)
        case .worker: (0.1, 2_000)
        case .external: (0, 1_000)
        }
    }

    /// The share of time the node is up, MTBF / (MTBF + MTTR).
    package var availability: Double { mtbf / (mtbf + mttr) }
}

/// When a primary acknowledges a write, as a replica's `mode=` names it.
///
/// `async`: at once; the replica pulls it through its apply stream (`apply=`) later, and what it has
/// not pulled when the primary dies is lost. `semi-sync`: once the replica has received it, one round
/// trip (`rtt=`) later (it applies what it received, so none is lost); with no replica reachable the
/// primary waits `ack_timeout=` once and then acknowledges as async. `sync`: once the replica has
/// applied it: the round trip and the apply.
package enum ReplicationMode: String, CaseIterable, Sendable {
    case async
    case semiSync = "semi-sync"
    case sync
}
