import MiniCluster

/// The design as a discrete-event model: each serving node is a `WorkerPool`, each passing node
/// with several targets a `Balancer`, each cache an `LRUCache`.
///
/// Nodes are queues in tandem: a server's worker is free once its own work is done, and the call
/// it makes waits at the next node (a Jackson network, which keeps the tiers checkable by theory).
struct SystemModel: SimulationModel {
    enum Event {
        case arrival
        case done(id: Int32, generation: UInt32)
        case kill(node: Int)
        case failover(primary: Int)
        case slow(node: Int, factor: Double)
        case callTimeout(id: Int32, generation: UInt32, tries: UInt8)
        case retry(id: Int32, generation: UInt32)
        case split, heal
    }

    let design: Design
    var topology: Topology
    let settings: RunSettings
    let warmup: Int
    /// A pool per node, then one in-order apply stream per replica with an `apply` rate.
    var pools: [WorkerPool?]
    /// Per node, the pool its replication jobs go to (the node itself unless it has an apply stream).
    var applySlots: [Int]
    var balancers: [Balancer?]
    var readBalancers: [Balancer?]
    var caches: [LRUCache?]
    var slowdown: [Double]
    var stats: [NodeStats]
    var flights = FlightTable()
    var guards: CallGuards
    var partition: NetworkPartition
    var arrivals: PoissonArrivals
    var random: RandomSource
    let zipf: ZipfDistribution
    /// Whether anything reads a request's key (caches, hashing balancers, shards); drawing keys
    /// is a quarter of a run's time, so designs without them skip it.
    let needsKeys: Bool
    var recorder = ClassRecorder()
    /// Acknowledged writes lost with a dead primary: those its asynchronous replicas had not pulled yet.
    var lostWrites = 0
    var issued = 0
    var measureStart = SimTime(nanoseconds: .max)
    var measureEnd = SimTime(nanoseconds: .max)
    var timeline: ScenarioTimeline

    init(design: Design, settings: RunSettings, profile: RateProfile) {
        self.design = design
        self.settings = settings
        topology = Topology(design)
        guards = CallGuards(design: design, topology: topology)
        partition = NetworkPartition(nodes: design.nodes.count)
        warmup = settings.scenario?.coldCache == true ? 0 : settings.requests / 10
        pools = design.nodes.map {
            $0.kind.serves ? WorkerPool(workers: $0.settings.workers, queueCapacity: $0.settings.queue) : nil
        }
        applySlots = design.nodes.indices.map { $0 }
        for node in design.nodes.indices
        where design.nodes[node].kind == .replica && design.nodes[node].settings.apply > 0 {
            applySlots[node] = pools.count
            pools.append(WorkerPool(workers: 1))
        }
        balancers = zip(design.nodes, topology.routes).map { node, route in
            route.forward.isEmpty
                ? nil
                : Balancer(
                    backends: route.forward.count, policy: node.settings.policy.balancerPolicy,
                    detectionDelay: .seconds(node.settings.detect))
        }
        readBalancers = topology.routes.map {
            $0.readStores.isEmpty
                ? nil
                : Balancer(
                    backends: $0.readStores.count, policy: .roundRobin,
                    detectionDelay: .seconds(2))
        }
        let keys = settings.keys
        caches = design.nodes.map {
            ($0.kind == .cache || $0.kind == .cdn)
                ? LRUCache(capacity: max(1, Int(Double(keys) * $0.settings.size))) : nil
        }
        slowdown = Array(repeating: 1, count: design.nodes.count)
        stats = Array(repeating: NodeStats(), count: design.nodes.count)
        var random = RandomSource(seed: settings.seed)
        arrivals = PoissonArrivals(profile: profile, random: random.fork())
        zipf = ZipfDistribution(count: keys, exponent: settings.zipf)
        needsKeys =
            design.nodes.contains { $0.kind == .cache || $0.kind == .cdn || $0.settings.policy == .consistentHash }
            || topology.routes.contains { $0.primaries.count > 1 }
        self.random = random
        timeline = ScenarioTimeline(nodes: design.nodes.count)
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        switch event {
        case .arrival: arrive(scheduler: &scheduler)
        case .done(let id, let generation):
            guard flights[Int(id)].generation == generation else { return }
            completed(Int(id), scheduler: &scheduler)
        case .kill(let node): kill(node, scheduler: &scheduler)
        case .failover(let primary): failover(primary, now: scheduler.now)
        case .slow(let node, let factor):
            slowdown[node] = factor
            timeline.mark(node, .slow, at: scheduler.now)
        case .callTimeout(let id, let generation, let tries):
            timedOut(Int(id), generation: generation, tries: tries, scheduler: &scheduler)
        case .split: split(now: scheduler.now)
        case .heal: heal(scheduler: &scheduler)
        case .retry(let id, let generation):
            guard flights[Int(id)].generation == generation else { return }
            call(Int(id), scheduler: &scheduler)
        }
    }

    private mutating func arrive(scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        let index = issued
        issued += 1
        if index == warmup { measureStart = now }
        if issued < settings.requests {
            scheduler.schedule(.arrival, at: arrivals.next(after: now))
        } else {
            measureEnd = now
        }
        let measured = index >= warmup
        let batch = measured ? Int8((index - warmup) * ClassRecorder.batches / max(1, settings.requests - warmup)) : 0
        let flight = Flight(
            start: now, read: random.unit() < settings.readShare, measured: measured, phase: .path, batch: batch,
            key: needsKeys ? zipf.sample(using: &random) : 0, node: Int32(topology.entries[0]), entered: now)
        let id = flights.add(flight)
        recorder.offered(measured: measured)
        send(id, to: topology.entries[0], scheduler: &scheduler)
    }

    /// Whether node statistics count at `now`.
    func measuring(_ now: SimTime) -> Bool { now >= measureStart && now <= measureEnd }

    /// Hands request `id` to `node`: a passing node routes it at once, a serving node queues it.
    mutating func send(_ id: Int, to node: Int, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        if partition.cuts(Int(flights[id].node), node) { return fail(id, scheduler: &scheduler) }
        flights[id].node = Int32(node)
        flights[id].entered = now
        let counting = measuring(now)
        if counting { stats[node].arrivals += 1 }
        guard pools[node] != nil else { return route(id, from: node, scheduler: &scheduler) }
        // NB: mutated in place; copying the pool out and back made every arrival copy its whole queue (5 s per 1 M requests).
        let pool = self.pool(id, node)
        let before = pools[pool]!.queue.count
        let admission = pools[pool]!.arrive(id)
        switch admission {
        case .started: startService(id, at: node, scheduler: &scheduler)
        case .queued:
            if pool == node {
                stats[node].queueChanged(to: before + 1, previous: before, now: now.seconds, measuring: counting)
            }
        case .rejected:
            if counting { stats[node].rejected += 1 }
            fail(id, scheduler: &scheduler)
        }
    }

    /// The pool that serves request `id` at `node`: a replica's apply stream for its replication jobs.
    func pool(_ id: Int, _ node: Int) -> Int {
        flights[id].phase == .job ? applySlots[node] : node
    }

    private mutating func startService(_ id: Int, at node: Int, scheduler: inout Scheduler<Event>) {
        let settings = design.nodes[node].settings
        let mean = flights[id].phase == .job && settings.apply > 0 ? 1 / settings.apply : settings.service
        let seconds = mean * slowdown[node] * ExponentialZiggurat.sample(using: &random)
        if measuring(scheduler.now), pool(id, node) == node { stats[node].busySeconds += seconds }
        scheduler.schedule(.done(id: Int32(id), generation: flights[id].generation), after: .seconds(seconds))
    }

    private mutating func completed(_ id: Int, scheduler: inout Scheduler<Event>) {
        let node = Int(flights[id].node)
        let now = scheduler.now
        if measuring(now) {
            stats[node].served += 1
            if flights[id].read, flights[id].phase != .job { stats[node].readsServed += 1 }
            stats[node].sojournSeconds += (now - flights[id].entered).seconds
        }
        if waitsForExternals(id, at: node) {
            flights[id].held = Int32(node)
            flights[id].heldAt = now
        } else {
            freeWorker(at: node, pool: pool(id, node), scheduler: &scheduler)
        }
        leave(id)
        route(id, from: node, scheduler: &scheduler)
    }

    /// A worker of `node` is done: it starts the next queued request, if any.
    mutating func freeWorker(at node: Int, pool: Int? = nil, scheduler: inout Scheduler<Event>) {
        let slot = pool ?? node
        let now = scheduler.now
        let before = pools[slot]!.queue.count
        if let next = pools[slot]!.finish() {
            if slot == node {
                stats[node].queueChanged(to: before - 1, previous: before, now: now.seconds, measuring: measuring(now))
            }
            startService(next, at: node, scheduler: &scheduler)
        }
    }

    /// Counts the request out of the balancer that sent it.
    mutating func leave(_ id: Int) {
        let sender = Int(flights[id].sender)
        guard sender >= 0 else { return }
        balancers[sender]!.finished(Int(flights[id].slot))
        flights[id].sender = -1
    }
}

extension BalancerPolicyName {
    var balancerPolicy: Balancer.Policy {
        switch self {
        case .roundRobin: return .roundRobin
        case .leastConnections: return .leastConnections
        case .powerOfTwo: return .powerOfTwoChoices
        case .consistentHash: return .consistentHash
        case .random: return .random
        }
    }
}
