import MiniCluster

/// When a primary acknowledges a write: at once (`async`), after a replica's receipt (`semi-sync`,
/// one network round trip) or after a replica applied it (`sync`: the round trip and the apply).
extension SystemModel {
    /// What the write waits for before the primary acknowledges it.
    enum Acknowledgement {
        case now
        /// The write visits this `sync` replica (after the link's round trip) and is applied there.
        case visit(Int)
        /// The write waits this many seconds: a semi-sync replica's receipt, or the semi-sync timeout.
        case wait(Double)
    }

    /// After a write at `node`: replicates it and says what its acknowledgement waits for.
    mutating func acknowledge(_ id: Int, at node: Int, scheduler: inout Scheduler<Event>) {
        switch replicate(flights[id].key, from: node, scheduler: &scheduler) {
        case .now: toExternal(id, scheduler: &scheduler)
        case .visit(let replica):
            flights[id].node = Int32(node)
            let rtt = design.nodes[replica].settings.rtt
            scheduler.schedule(
                .deliver(id: Int32(id), generation: flights[id].generation, node: Int32(replica)), after: .seconds(rtt))
        case .wait(let seconds):
            scheduler.schedule(.acked(id: Int32(id), generation: flights[id].generation), after: .seconds(seconds))
        }
    }

    /// A job for each replica (and queue) except a live `sync` replica, which the write itself visits;
    /// a semi-sync replica's receipt, or its timeout when none can be reached, is waited for.
    private mutating func replicate(_ key: Int, from node: Int, scheduler: inout Scheduler<Event>) -> Acknowledgement {
        var acknowledgement = Acknowledgement.now
        var semiSync: [Int] = []
        for target in topology.routes[node].asyncTargets {
            let mode = design.nodes[target].kind == .replica ? design.nodes[target].settings.replication : .async
            if case .now = acknowledgement, mode == .sync, reachable(target, from: node) {
                acknowledgement = .visit(target)
                continue
            }
            if mode == .semiSync { semiSync.append(target) }
            spawnJob(key: key, from: node, to: target, scheduler: &scheduler)
        }
        guard case .now = acknowledgement, !semiSync.isEmpty else { return acknowledgement }
        return semiSyncWait(semiSync, at: node, now: scheduler.now)
    }

    /// The wait for the first semi-sync receipt; with no replica reachable, the primary waits out its
    /// timeout once, then acknowledges at once (async) until a replica is back, as MySQL's
    /// `rpl_semi_sync_master_timeout` does.
    private mutating func semiSyncWait(_ replicas: [Int], at node: Int, now: SimTime) -> Acknowledgement {
        let reachable = replicas.filter { self.reachable($0, from: node) }
        if let nearest = reachable.map({ design.nodes[$0].settings.rtt }).min() {
            semiSyncOffFrom[node] = nil
            return .wait(nearest)
        }
        if semiSyncOffFrom[node] == nil {
            let timeout = replicas.map { design.nodes[$0].settings.ackTimeout }.min()!
            semiSyncOffFrom[node] = now + .seconds(timeout)
            semiSyncFallbacks += 1
        }
        let off = semiSyncOffFrom[node]!
        return now < off ? .wait((off - now).seconds) : .now
    }

    /// Whether `replica` is up and the network lets `node` reach it.
    private func reachable(_ replica: Int, from node: Int) -> Bool {
        pools[replica]?.isUp == true && !partition.cuts(node, replica)
    }

    /// Whether `replica` lost acknowledged writes with its primary: async, or semi-sync fallen back to async.
    func shipsLate(_ replica: Int, of primary: Int) -> Bool {
        let mode = design.nodes[replica].settings.replication
        return mode == .async || (mode == .semiSync && semiSyncOffFrom[primary] != nil)
    }
}
