import DequeModule
import MiniCluster

/// A primary and read replicas. Each write commits on the primary and travels to every replica
/// on that replica's own in-order stream (a write never overtakes the one before it), where it
/// waits to be applied, one after another, at a bounded rate. Reads of a random user's key are
/// spread round robin over the replicas. At `failAt` the primary dies and the replica that has
/// received the most is promoted; acknowledged writes beyond what it received are lost.
struct ReplicationModel: SimulationModel {
    enum Event {
        case write, read, sample, failover
        /// `epoch` counts failovers: a write sent by a dead primary is dropped if it was lost with it.
        /// `sent` is when the primary (re)sent the write; the acknowledgement takes as long to come back.
        case received(replica: Int, version: Int, epoch: Int, sent: SimTime)
        case applied(replica: Int)
        case readDone(replica: Int, startedAt: SimTime)
    }

    struct Setup {
        let replicas: Int
        let writeRate: Double, readRate: Double, readCapacity: Double, applyRate: Double
        let delayMs: Double
        let users: Int
        let primaryAfterWrite: SimTime
        let failAt: SimTime?
        let end: SimTime
        /// How long semi-sync waits before falling back to async (nil: forever).
        var semiSyncTimeout: SimTime? = nil
        var outage: ReplicaOutage? = nil

        /// Whether the run asked about semi-sync's fallback (its numbers are reported only then).
        var semiSyncAsked: Bool { semiSyncTimeout != nil || outage != nil }
    }

    struct Replica {
        /// Every version up to this one has arrived (the stream is in order).
        var received = 0
        /// Every version up to this one is applied.
        var applied = 0
        /// When the stream's last write arrives; the next one cannot arrive earlier.
        var streamTail = SimTime.zero
        var pending = Deque<Int>()
        var applying = false
        var reads: WorkerPool
        var serving = true
    }

    let setup: Setup
    var writes: ArrivalStream, reads: ArrivalStream
    var random: RandomSource
    var replicas: [Replica]
    /// Version `v` committed at `commitTimes[v]`; the primary heard that the first replica had it at
    /// `firstAck[v]` and every replica at `allAcks[v]` (index 0 is the empty initial state).
    var commitTimes: [SimTime] = [.zero]
    var firstAck: [SimTime?] = [nil], allAcks: [SimTime?] = [nil]
    var receiptCount: [Int] = [0], slowestAck: [SimTime] = [.zero]
    /// The latest version of each user's key, and when that user last wrote.
    var keyVersion: [Int], lastWriteAt: [SimTime?]
    var staleReads = 0, replicaReads = 0, rywViolations = 0, primaryReads = 0, nextReplica = 0
    var staleShare = BatchMeans()
    var readLatency: BatchedLatency
    var lag = TimeSeries(interval: .milliseconds(500))
    var maxLag = SimTime.zero
    var failover: ReplicationFailover?
    /// The replicas still serving reads (all of them until a failover promotes one).
    var serving: [Int]
    var epoch = 0
    /// Writes after this version were lost at the last failover (their numbers are reused).
    var survivedUpTo = Int.max

    init(setup: Setup, seed: UInt64) {
        var root = RandomSource(seed: seed)
        self.setup = setup
        writes = ArrivalStream(profile: .constant(perSecond: setup.writeRate), random: root.fork(), until: setup.end)
        reads = ArrivalStream(profile: .constant(perSecond: setup.readRate), random: root.fork(), until: setup.end)
        random = root.fork()
        replicas = (0..<setup.replicas).map { _ in Replica(reads: WorkerPool(workers: 1)) }
        serving = Array(0..<setup.replicas)
        keyVersion = Array(repeating: 0, count: setup.users)
        lastWriteAt = Array(repeating: nil, count: setup.users)
        readLatency = BatchedLatency(expected: max(1, Int(setup.readRate * setup.end.seconds)))
    }

    /// How far a replica is behind: the age of the oldest write it has not applied yet.
    func lag(of replica: Replica, at now: SimTime) -> SimTime {
        replica.applied + 1 < commitTimes.count ? now - commitTimes[replica.applied + 1] : .zero
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        switch event {
        case .write: write(at: now, scheduler: &scheduler)
        case .read: read(at: now, scheduler: &scheduler)
        case .received(let index, let version, let sentEpoch, let sent):
            if sentEpoch == epoch || version <= survivedUpTo {
                receive(version, at: index, ack: now + (now - sent), scheduler: &scheduler)
            }
        case .applied(let index): apply(at: index, scheduler: &scheduler)
        case .readDone(let index, let startedAt):
            readLatency.record(now - startedAt)
            if let next = replicas[index].reads.finish() {
                startRead(on: index, startedAt: SimTime(nanoseconds: Int64(next)), scheduler: &scheduler)
            }
        case .sample:
            let worst = serving.map { lag(of: replicas[$0], at: now) }.max() ?? .zero
            lag.add(worst.milliseconds, at: now)
            maxLag = max(maxLag, worst)
            if now + .milliseconds(100) < setup.end { scheduler.schedule(.sample, after: .milliseconds(100)) }
        case .failover: promote(at: now)
        }
    }

    private mutating func write(at now: SimTime, scheduler: inout Scheduler<Event>) {
        writes.arrive(.write, scheduler: &scheduler)
        let version = commitTimes.count
        commitTimes.append(now)
        firstAck.append(nil)
        allAcks.append(nil)
        receiptCount.append(0)
        slowestAck.append(.zero)
        let user = Int(random.next() % UInt64(setup.users))
        keyVersion[user] = version
        lastWriteAt[user] = now
        for index in serving {
            let delay = SimTime.milliseconds(Distribution.exponential(mean: setup.delayMs).sample(using: &random))
            let tail = replicas[index].streamTail
            let arrival =
                setup.outage?.arrival(at: index, sent: now, delay: delay, tail: tail) ?? (
                    at: max(tail, now + delay), sent: now
                )
            replicas[index].streamTail = arrival.at
            scheduler.schedule(
                .received(replica: index, version: version, epoch: epoch, sent: arrival.sent), at: arrival.at)
        }
    }

    /// Replica `index` has `version`; its acknowledgement reaches the primary at `ack`.
    private mutating func receive(_ version: Int, at index: Int, ack: SimTime, scheduler: inout Scheduler<Event>) {
        guard replicas[index].serving else { return }
        precondition(
            version == replicas[index].received + 1,
            "replica \(index) received \(version) after \(replicas[index].received)")
        replicas[index].received = version
        receiptCount[version] += 1
        firstAck[version] = min(firstAck[version] ?? ack, ack)
        slowestAck[version] = max(slowestAck[version], ack)
        if receiptCount[version] == serving.count { allAcks[version] = slowestAck[version] }
        replicas[index].pending.append(version)
        if !replicas[index].applying { startApplying(index, scheduler: &scheduler) }
    }

    private mutating func startApplying(_ index: Int, scheduler: inout Scheduler<Event>) {
        replicas[index].applying = true
        scheduler.schedule(.applied(replica: index), after: .seconds(1 / setup.applyRate))
    }

    private mutating func apply(at index: Int, scheduler: inout Scheduler<Event>) {
        if let version = replicas[index].pending.popFirst() { replicas[index].applied = version }
        replicas[index].applying = false
        if !replicas[index].pending.isEmpty { startApplying(index, scheduler: &scheduler) }
    }

    private mutating func read(at now: SimTime, scheduler: inout Scheduler<Event>) {
        reads.arrive(.read, scheduler: &scheduler)
        let user = Int(random.next() % UInt64(setup.users))
        let key = random.unit() < 0.5 ? user : Int(random.next() % UInt64(setup.users))
        let own = key == user ? lastWriteAt[user] : nil
        if serving.isEmpty || (own.map { now - $0 < setup.primaryAfterWrite } ?? false) {
            primaryReads += 1
            return
        }
        let index = serving[nextReplica % serving.count]
        nextReplica += 1
        let stale = replicas[index].applied < keyVersion[key]
        replicaReads += 1
        staleShare.add(stale ? 1 : 0)
        if stale { staleReads += 1 }
        if stale && own != nil { rywViolations += 1 }
        if replicas[index].reads.arrive(Int(now.nanoseconds)) == .started {
            startRead(on: index, startedAt: now, scheduler: &scheduler)
        }
    }

    private mutating func startRead(on index: Int, startedAt: SimTime, scheduler: inout Scheduler<Event>) {
        let service = Distribution.exponential(mean: 1000 / setup.readCapacity).sample(using: &random)
        scheduler.schedule(.readDone(replica: index, startedAt: startedAt), after: .milliseconds(service))
    }
}
