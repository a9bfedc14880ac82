import MiniCluster

/// What a failover found: the promoted replica and the committed writes it never received,
/// split by whether each replication mode had acknowledged them to the client.
struct ReplicationFailover {
    let at: SimTime
    let promoted: Int
    /// Versions committed on the old primary when it died.
    let committed: Int
    /// Versions the promoted replica had received (all of them, in order, up to this one).
    let promotedReceived: Int
    /// Lost writes each mode had already acknowledged: async acknowledges at commit, semi-sync
    /// once one replica's acknowledgement came back (or its timeout fell back to async), sync
    /// once every replica's did.
    let lostAcknowledged: [String: Int]
    /// Semi-sync on the old primary, up to its death, over every write it committed.
    let semiSync: SemiSyncTimeline
}

extension ReplicationModel {
    /// Semi-sync over the writes from `first` on, up to `horizon`, as the setup's timeout makes it.
    func semiSyncTimeline(from first: Int, until horizon: SimTime) -> SemiSyncTimeline {
        SemiSyncTimeline(
            commits: Array(commitTimes[first...]), acks: Array(firstAck[first...]),
            timeout: setup.semiSyncTimeout, horizon: horizon)
    }

    /// The old primary dies; the replica with the longest received prefix becomes the primary,
    /// applies what it received at once, and leaves the read pool. Writes it never received are
    /// gone: later versions continue from its history.
    mutating func promote(at now: SimTime) {
        guard let promoted = serving.max(by: { replicas[$0].received < replicas[$1].received }) else { return }
        let have = replicas[promoted].received
        let committed = commitTimes.count - 1
        let semiSync = semiSyncTimeline(from: 1, until: now)
        var lost = ["async": 0, "semisync": 0, "sync": 0]
        for version in stride(from: have + 1, through: committed, by: 1) {
            lost["async", default: 0] += 1
            if let ack = semiSync.acks[version - 1], ack.at <= now { lost["semisync", default: 0] += 1 }
            if let ack = allAcks[version], ack <= now { lost["sync", default: 0] += 1 }
        }
        failover = ReplicationFailover(
            at: now, promoted: promoted, committed: committed, promotedReceived: have, lostAcknowledged: lost,
            semiSync: semiSync)
        epoch += 1
        survivedUpTo = have
        forget(after: have)
        replicas[promoted].serving = false
        serving.removeAll { $0 == promoted }
        replicas[promoted].applied = have
    }

    /// Drops the lost versions from history, so lag and staleness count only surviving writes.
    private mutating func forget(after version: Int) {
        commitTimes.removeSubrange((version + 1)...)
        firstAck.removeSubrange((version + 1)...)
        allAcks.removeSubrange((version + 1)...)
        receiptCount.removeSubrange((version + 1)...)
        slowestAck.removeSubrange((version + 1)...)
        for key in keyVersion.indices where keyVersion[key] > version { keyVersion[key] = version }
        for index in replicas.indices {
            replicas[index].received = min(replicas[index].received, version)
            replicas[index].pending.removeAll { $0 > version }
        }
    }
}
