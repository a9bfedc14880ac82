import DequeModule
import MiniCluster

/// A primary and read replicas: writes go to the primary and reach each replica after a network
/// delay, where they wait to be applied at a bounded rate; reads are spread over the replicas.
struct ReplicationModel: SimulationModel {
    enum Event {
        case write, read, sample, failover
        case received(replica: Int, version: Int)
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
    }

    struct Replica {
        var received = 0
        var applied = 0
        var pending = Deque<Int>()
        var applying = false
        var reads: WorkerPool
    }

    let setup: Setup
    var writes: PoissonArrivals, reads: PoissonArrivals
    var random: RandomSource
    var replicas: [Replica]
    var commitTimes: [SimTime] = [.zero]
    var checker = ConsistencyChecker()
    var lastWrite: [Int: (version: Int, at: SimTime)] = [:]
    var rywViolations = 0, primaryReads = 0, nextReplica = 0
    var readLatency = LatencyRecorder()
    var firstReceipt: [SimTime?] = [nil], allReceipts: [SimTime?] = [nil]
    var receiptCount: [Int] = [0]
    var lag = TimeSeries(interval: .milliseconds(500))
    var maxLag = SimTime.zero
    var lostAtFailover: Int?

    init(setup: Setup, seed: UInt64) {
        var root = RandomSource(seed: seed)
        self.setup = setup
        writes = PoissonArrivals(profile: .constant(perSecond: setup.writeRate), random: root.fork())
        reads = PoissonArrivals(profile: .constant(perSecond: setup.readRate), random: root.fork())
        random = root.fork()
        replicas = (0..<setup.replicas).map { _ in Replica(reads: WorkerPool(workers: 1)) }
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
        case .received(let index, let version): receive(version, at: index, now: now, scheduler: &scheduler)
        case .applied(let index): apply(at: index, now: now, scheduler: &scheduler)
        case .readDone(let index, let startedAt):
            readLatency.record(now - startedAt)
            if let next = replicas[index].reads.finish() { startRead(on: index, startedAt: SimTime(nanoseconds: Int64(next)), scheduler: &scheduler) }
        case .sample:
            let worst = replicas.map { lag(of: $0, at: now) }.max() ?? .zero
            lag.add(worst.milliseconds, at: now)
            maxLag = max(maxLag, worst)
            if now + .milliseconds(100) < setup.end { scheduler.schedule(.sample, after: .milliseconds(100)) }
        case .failover:
            lostAtFailover = commitTimes.count - 1 - (replicas.map(\.received).max() ?? 0)
        }
    }

    private mutating func write(at now: SimTime, scheduler: inout Scheduler<Event>) {
        let next = writes.next(after: now)
        if next < setup.end { scheduler.schedule(.write, at: next) }
        let version = commitTimes.count
        commitTimes.append(now)
        firstReceipt.append(nil); allReceipts.append(nil); receiptCount.append(0)
        lastWrite[Int(random.next() % UInt64(setup.users))] = (version, now)
        checker.acknowledged(write: version)
        for index in replicas.indices {
            let delay = Distribution.exponential(mean: setup.delayMs).sample(using: &random)
            scheduler.schedule(.received(replica: index, version: version), after: .milliseconds(delay))
        }
    }

    private mutating func receive(_ version: Int, at index: Int, now: SimTime, scheduler: inout Scheduler<Event>) {
        replicas[index].received = max(replicas[index].received, version)
        receiptCount[version] += 1
        if firstReceipt[version] == nil { firstReceipt[version] = now }
        if receiptCount[version] == replicas.count { allReceipts[version] = now }
        replicas[index].pending.append(version)
        if !replicas[index].applying { startApplying(index, scheduler: &scheduler) }
    }

    private mutating func startApplying(_ index: Int, scheduler: inout Scheduler<Event>) {
        replicas[index].applying = true
        scheduler.schedule(.applied(replica: index), after: .seconds(1 / setup.applyRate))
    }

    private mutating func apply(at index: Int, now: SimTime, scheduler: inout Scheduler<Event>) {
        if let version = replicas[index].pending.popFirst() { replicas[index].applied = max(replicas[index].applied, version) }
        replicas[index].applying = false
        if !replicas[index].pending.isEmpty { startApplying(index, scheduler: &scheduler) }
    }

    private mutating func read(at now: SimTime, scheduler: inout Scheduler<Event>) {
        let next = reads.next(after: now)
        if next < setup.end { scheduler.schedule(.read, at: next) }
        let user = Int(random.next() % UInt64(setup.users))
        if let own = lastWrite[user], now - own.at < setup.primaryAfterWrite {
            primaryReads += 1
            checker.read(returned: commitTimes.count - 1)
            return
        }
        let index = nextReplica
        nextReplica = (nextReplica + 1) % replicas.count
        checker.read(returned: replicas[index].applied)
        if let own = lastWrite[user], replicas[index].applied < own.version { rywViolations += 1 }
        if replicas[index].reads.arrive(Int(now.nanoseconds)) == .started { startRead(on: index, startedAt: now, scheduler: &scheduler) }
    }

    private mutating func startRead(on index: Int, startedAt: SimTime, scheduler: inout Scheduler<Event>) {
        let service = Distribution.exponential(mean: 1000 / setup.readCapacity).sample(using: &random)
        scheduler.schedule(.readDone(replica: index, startedAt: startedAt), after: .milliseconds(service))
    }
}
