import MiniCluster

/// When semi-synchronous replication acknowledged each write, with MySQL's timeout
/// (`rpl_semi_sync_master_timeout`): a write waits for the first replica's acknowledgement; if
/// none comes within `timeout`, the primary falls back to asynchronous mode, releasing every
/// waiting write, and acknowledges new writes at once. It switches back when a replica
/// acknowledges a write committed after the fallback (its stream has caught up).
///
/// Built from a finished trace, because the acknowledgement never changes what the replicas
/// receive. `timeout == nil` waits forever, the plain semi-sync of earlier runs.
///
///     let t = SemiSyncTimeline(commits: [.zero], acks: [nil], timeout: .seconds(2), horizon: .seconds(5))
///     t.acks[0]?.at   // 2 s: the write waited the whole timeout, then the primary fell back
///     t.fallbacks     // 1
struct SemiSyncTimeline {
    /// When a write was acknowledged, and whether a replica had confirmed it by then.
    struct Ack {
        let at: SimTime
        let confirmed: Bool
    }

    /// One entry per write, in commit order; nil when it was not acknowledged by the horizon.
    private(set) var acks: [Ack?] = []
    /// The stretches spent in asynchronous mode, up to the horizon.
    private(set) var asyncPeriods: [(start: SimTime, end: SimTime)] = []
    /// Writes acknowledged with no replica's confirmation: released at a fallback or written while async.
    private(set) var unconfirmed = 0

    private let timeout: SimTime?
    private let horizon: SimTime
    /// While asynchronous: when the fallback happened and when the primary switches back (nil: not yet known).
    private var asyncSince: SimTime?
    private var switchBackAt: SimTime?
    /// While semi-synchronous: the deadline of the first write whose acknowledgement comes too late.
    private var pendingFallback: SimTime?

    /// - Parameters:
    ///   - commits: commit time of each write, in order.
    ///   - acks: when the first replica's acknowledgement of that write reached the primary (nil: never).
    ///   - horizon: the end of the trace (the run's end, or the moment the primary died).
    /// - Complexity: O(n) in the writes.
    init(commits: [SimTime], acks replicaAcks: [SimTime?], timeout: SimTime?, horizon: SimTime) {
        precondition(commits.count == replicaAcks.count, "\(commits.count) commits but \(replicaAcks.count) acks")
        self.timeout = timeout
        self.horizon = horizon
        for (commit, replicaAck) in zip(commits, replicaAcks) {
            advance(to: commit)
            acks.append(acknowledge(commit: commit, replicaAck: replicaAck))
        }
        advance(to: horizon)
        if let since = asyncSince { asyncPeriods.append((since, horizon)) }
    }

    /// The writes still waiting when the primary falls back are released then, unconfirmed.
    /// How many times the primary fell back to async.
    var fallbacks: Int { asyncPeriods.count }
    /// Time spent in asynchronous mode up to the horizon.
    var asyncTime: SimTime { asyncPeriods.reduce(.zero) { $0 + ($1.end - $1.start) } }

    private mutating func acknowledge(commit: SimTime, replicaAck: SimTime?) -> Ack? {
        if asyncSince != nil {
            if switchBackAt == nil { switchBackAt = replicaAck ?? horizon + .seconds(1) }
            unconfirmed += 1
            return Ack(at: commit, confirmed: false)
        }
        if let timeout, pendingFallback == nil, replicaAck.map({ $0 > commit + timeout }) ?? true {
            pendingFallback = commit + timeout
        }
        if let replicaAck, replicaAck <= pendingFallback ?? replicaAck {
            return Ack(at: replicaAck, confirmed: true)
        }
        guard let fallback = pendingFallback, fallback <= horizon else { return nil }
        unconfirmed += 1
        return Ack(at: fallback, confirmed: false)
    }

    /// Applies the switches that happen before `time`: a due fallback, then a due switch back.
    private mutating func advance(to time: SimTime) {
        if let fallback = pendingFallback, fallback <= time {
            asyncSince = fallback
            switchBackAt = nil
            pendingFallback = nil
        }
        if let since = asyncSince, let back = switchBackAt, back <= time {
            asyncPeriods.append((since, back))
            asyncSince = nil
            switchBackAt = nil
        }
    }
}
