import MiniCluster

/// The replication link from the primary to the first `replicas` replicas is cut from `start`
/// to `end`. A write sent before `end` that would arrive at or after `start` reaches such a
/// replica only once the link is back: the primary resends it at `end` and the stream stays in
/// order. The replicas keep serving reads (ever staler ones) meanwhile.
struct ReplicaOutage {
    let start: SimTime
    let end: SimTime
    let replicas: Int

    /// When a write sent at `now` reaches replica `index` after the network `delay`, never before
    /// `tail` (the stream's last arrival), and when it was last sent.
    func arrival(at index: Int, sent now: SimTime, delay: SimTime, tail: SimTime) -> (at: SimTime, sent: SimTime) {
        let natural = max(tail, now + delay)
        guard index < replicas, now < end, natural >= start else { return (natural, now) }
        return (max(tail, end + delay), end)
    }
}
