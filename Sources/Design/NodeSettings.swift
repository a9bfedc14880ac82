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
        var settings = NodeSettings(
            workers: 1, service: 0, queue: 10_000, timeout: 0, policy: .roundRobin, detect: 2,
            size: 0.1, apply: 0, mtbf: 2_000, mttr: 1, cost: 0.1, region: "main")
        switch kind {
        case .users: settings.cost = 0
        case .dns:
            settings.mtbf = 100_000
            settings.cost = 0.01
        case .lb:
            settings.mtbf = 5_000
            settings.cost = 0.05
        case .cdn:
            settings.workers = 1_000
            settings.service = 0.002
            settings.cost = 0.5
            settings.mtbf = 50_000
        case .cache:
            settings.workers = 8
            settings.service = 0.0005
            settings.cost = 0.2
        case .app:
            settings.workers = 16
            settings.service = 0.008
            settings.queue = 1_000
            settings.cost = 0.2
        case .primary, .replica:
            settings.workers = 16
            settings.service = 0.004
            settings.cost = 1.0
        case .queue:
            settings.cost = 0.1
            settings.mtbf = 10_000
        case .worker:
            settings.workers = 4
            settings.service = 0.02
            settings.cost = 0.1
        case .external:
            settings.workers = 100
            settings.service = 0.2
            settings.cost = 0
            settings.mtbf = 1_000
        }
        return settings
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
