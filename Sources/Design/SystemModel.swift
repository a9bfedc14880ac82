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
        case callTimeout(id: Int32, generation: UInt32, edge: Int32, tries: UInt8)
        case retry(id: Int32, generation: UInt32)
        case split, heal
        /// A semi-sync write was acknowledged; a sync write reaches its replica.
        case acked(id: Int32, generation: UInt32)
        case deliver(id: Int32, generation: UInt32, node: Int32)
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
    var arrivals: ArrivalStream
    var random: RandomSource
    let zipf: ZipfDistribution
    /// Whether anything reads a request's key (caches, hashing balancers, shards); drawing keys
    /// is a quarter of a run's time, so designs without them skip it.
    let needsKeys: Bool
    var recorder = ClassRecorder()
    /// Acknowledged writes lost with a dead primary: those its asynchronous replicas had not pulled yet.
    var lostWrites = 0
    /// Per primary: from when it stopped waiting for semi-sync receipts (nil while it waits), and how often it fell back.
    var semiSyncOffFrom: [SimTime?]
    var semiSyncFallbacks = 0
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
        let layout = Self.pools(design)
        pools = layout.pools
        applySlots = layout.applySlots
        balancers = Self.balancers(design, topology)
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
        semiSyncOffFrom = Array(repeating: nil, count: design.nodes.count)
        stats = Array(repeating: NodeStats(), count: design.nodes.count)
        var random = RandomSource(seed: settings.seed)
        arrivals = ArrivalStream(profile: profile, random: random.fork(), limit: settings.requests)
        zipf = ZipfDistribution.shared(count: keys, exponent: settings.zipf)
        needsKeys =
            design.nodes.contains { $0.kind == .cache || $0.kind == .cdn || $0.settings.policy == .consistentHash }
            || topology.routes.contains { $0.primaries.count > 1 }
        self.random = random
        timeline = ScenarioTimeline(nodes: design.nodes.count)
    }

    /// A pool per serving node, then one in-order apply stream per replica with an `apply` rate; and
    /// per node, the pool its replication jobs go to.
    private static func pools(_ design: Design) -> (pools: [WorkerPool?], applySlots: [Int]) {
        var pools = design.nodes.map {
            $0.kind.serves ? WorkerPool(workers: $0.settings.workers, queueCapacity: $0.settings.queue) : nil
        }
        var applySlots = Array(design.nodes.indices)
        for node in design.nodes.indices
        where design.nodes[node].kind == .replica && design.nodes[node].settings.apply > 0 {
            applySlots[node] = pools.count
            pools.append(WorkerPool(workers: 1))
        }
        return (pools, applySlots)
    }

    /// A balancer for each node that sends to others, with the node's policy and detection delay.
    private static func balancers(_ design: Design, _ topology: Topology) -> [Balancer?] {
        zip(design.nodes, topology.routes).map { node, route in
            route.forward.isEmpty
                ? nil
                : Balancer(
                    backends: route.forward.count, policy: node.settings.policy,
                    detectionDelay: .seconds(node.settings.detect))
        }
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        switch event {
        case .arrival: arrive(scheduler: &scheduler)
        case .kill(let node): kill(node, scheduler: &scheduler)
        case .failover(let primary): failover(primary, now: scheduler.now)
        case .slow(let node, let factor):
            slowdown[node] = factor
            timeline.mark(node, .slow, at: scheduler.now)
        case .callTimeout(let id, let generation, let edge, let tries):
            timedOut(Int(id), generation: generation, edge: edge, tries: tries, scheduler: &scheduler)
        case .split: split(now: scheduler.now)
        case .heal: heal(scheduler: &scheduler)
        case .done(let id, let generation), .retry(let id, let generation), .acked(let id, let generation),
            .deliver(let id, let generation, _):
            guard flights[Int(id)].generation == generation else { return }
            resume(Int(id), event, scheduler: &scheduler)
        }
    }

    /// A request's own event, still current: its service ended, its retry or acknowledgement is due.
    private mutating func resume(_ id: Int, _ event: Event, scheduler: inout Scheduler<Event>) {
        switch event {
        case .done: completed(id, scheduler: &scheduler)
        case .retry: retryCall(id, scheduler: &scheduler)
        case .acked: toExternal(id, scheduler: &scheduler)
        case .deliver(_, _, let node): send(id, to: Int(node), scheduler: &scheduler)
        default: preconditionFailure("\(event) is not a request's own event")
        }
    }

    private mutating func arrive(scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        let index = arrivals.count
        arrivals.arrive(.arrival, scheduler: &scheduler)
        if index == warmup { measureStart = now }
        if arrivals.count >= settings.requests { measureEnd = now }
        let measured = index >= warmup
        let batch = measured ? Int8((index - warmup) * ClassRecorder.batches / max(1, settings.requests - warmup)) : 0
        let flight = Flight(
            start: now, read: random.unit() < settings.readShare, measured: measured, phase: .path, batch: batch,
            key: needsKeys ? zipf.sample(using: &random) : 0, node: Int32(topology.entries[0]), entered: now)
        let id = flights.add(flight)
        recorder.offered(measured: measured)
        send(id, to: topology.entries[0], scheduler: &scheduler)
    }

}
