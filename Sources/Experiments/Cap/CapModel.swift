import MiniCluster

/// Three replicas of a register, clients on two sides, and a partition that cuts replica 2 off.
///
/// Every operation needs `r` (reads) or `w` (writes) replicas it can reach, its own first. A write
/// goes to `w` replicas at once and to the rest through a `NetworkLink` that delays each copy by
/// `lag`; copies to replicas the partition cuts off wait until it heals. Assumptions: versions are
/// timestamps from one clock and the newest wins (last-writer-wins), so at the heal the side whose
/// last write is older loses every write it acknowledged while apart; the link loses nothing.
struct CapModel: SimulationModel {
    enum Event {
        case operation(side: Int)
        case deliver(replica: Int, version: Int)
        case partition
        case heal
    }

    struct Setup {
        let reads: Int, writes: Int
        let rate: Double, writeShare: Double
        let lag: SimTime
        let partition: Range<SimTime>
        let end: SimTime
    }

    static let replicas = 3
    /// Replicas 0 and 1 are side A (the majority); replica 2 is side B.
    static func side(of replica: Int) -> Int { replica == 2 ? 1 : 0 }

    let setup: Setup
    var random: RandomSource
    var arrivals: [ArrivalStream]
    var register = ReplicatedRegister(replicas: replicas)
    var checker = ConsistencyChecker()
    var link: NetworkLink
    var waiting: [(from: Int, replica: Int, version: Int)] = []
    var nextVersion = 1
    var attempted = [0, 0], answered = [0, 0]
    var attemptedDuring = [0, 0], answeredDuring = [0, 0]
    var lastWriteDuring: [Int?] = [nil, nil]
    var writesDuring = [0, 0]
    var convergedAt: SimTime?
    var answeredSeries = [TimeSeries(interval: .seconds(1)), TimeSeries(interval: .seconds(1))]
    var staleSeries = TimeSeries(interval: .seconds(1))
    /// 100 per stale read, 0 per fresh one, in batches for the stale share's interval.
    var staleBatches = BatchMeans()

    var states = StateTimeline(initial: 0)

    init(setup: Setup, seed: UInt64) {
        self.setup = setup
        var root = RandomSource(seed: seed)
        arrivals = (0..<2).map { _ in
            ArrivalStream(profile: .constant(perSecond: setup.rate), random: root.fork(), until: setup.end)
        }
        random = root.fork()
        link = NetworkLink(latency: .constant(setup.lag.milliseconds), random: root.fork())
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        switch event {
        case .operation(let side):
            arrivals[side].arrive(.operation(side: side), scheduler: &scheduler)
            operate(side: side, now: now, scheduler: &scheduler)
        case .deliver(let replica, let version):
            register.apply(version, at: replica)
            if link.groups == nil, convergedAt == nil, now >= setup.partition.upperBound, register.converged {
                convergedAt = now
                states.enter(0, at: now)
            }
        case .partition:
            link.partition((0..<Self.replicas).map(Self.side(of:)))
            states.enter(1, at: now)
        case .heal:
            link.heal()
            states.enter(2, at: now)
            let copies = waiting
            waiting.removeAll()
            for copy in copies { send(copy.version, from: copy.from, to: copy.replica, scheduler: &scheduler) }
            if register.converged {
                convergedAt = now
                states.enter(0, at: now)
            }
        }
    }

    private mutating func operate(side: Int, now: SimTime, scheduler: inout Scheduler<Event>) {
        let local = side == 1 ? 2 : Int(random.next() % 2)
        let reachable = [local] + (0..<Self.replicas).filter { $0 != local && link.connected(local, $0) }
        let isWrite = random.bernoulli(setup.writeShare)
        let during = setup.partition.contains(now)
        attempted[side] += 1
        if during { attemptedDuring[side] += 1 }
        guard reachable.count >= (isWrite ? setup.writes : setup.reads) else { return }
        answered[side] += 1
        if during { answeredDuring[side] += 1 }
        answeredSeries[side].add(1, at: now)
        if isWrite {
            write(from: reachable, during: during, side: side, scheduler: &scheduler)
        } else {
            let stale = checker.read(returned: register.newest(among: Array(reachable.prefix(setup.reads))))
            staleBatches.add(stale ? 100 : 0)
            if stale { staleSeries.add(1, at: now) }
        }
    }

    private mutating func write(from reachable: [Int], during: Bool, side: Int, scheduler: inout Scheduler<Event>) {
        let version = nextVersion
        nextVersion += 1
        for replica in reachable.prefix(setup.writes) { register.apply(version, at: replica) }
        checker.acknowledged(write: version)
        if during {
            writesDuring[side] += 1
            lastWriteDuring[side] = version
        }
        for replica in 0..<Self.replicas where !reachable.prefix(setup.writes).contains(replica) {
            send(version, from: reachable[0], to: replica, scheduler: &scheduler)
        }
    }

    /// Copies `version` to `replica` over the link, or keeps it until the partition heals.
    private mutating func send(_ version: Int, from: Int, to replica: Int, scheduler: inout Scheduler<Event>) {
        if let delay = link.send(from: from, to: replica) {
            scheduler.schedule(.deliver(replica: replica, version: version), after: delay)
        } else {
            waiting.append((from, replica, version))
        }
    }
}
