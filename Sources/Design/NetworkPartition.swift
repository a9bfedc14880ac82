import MiniCluster

/// A network split between two groups of nodes: calls across it fail, and asynchronous jobs
/// across it (replication, enqueued messages) wait on the sender's side until it heals.
struct NetworkPartition {
    /// Per node: 0 or 1 for its side, -1 when the split does not touch it.
    var sides: [Int8]
    var active = false
    /// Jobs waiting for the network, oldest first, and the most that waited at once.
    private(set) var held: [(key: Int, from: Int, to: Int)] = []
    private(set) var mostHeld = 0
    /// Measured requests that failed because their call crossed the split.
    var refused = 0

    init(nodes: Int) {
        sides = Array(repeating: -1, count: nodes)
    }

    /// Whether a message from `source` to `target` cannot get through now.
    func cuts(_ source: Int, _ target: Int) -> Bool {
        active && source >= 0 && separates(source, target)
    }

    /// Whether the split puts `a` and `b` on different sides (active or not).
    func separates(_ a: Int, _ b: Int) -> Bool {
        sides[a] >= 0 && sides[b] >= 0 && sides[a] != sides[b]
    }

    mutating func hold(key: Int, from source: Int, to target: Int) {
        held.append((key, source, target))
        mostHeld = max(mostHeld, held.count)
    }

    /// The network heals: the held jobs, to be sent now in order.
    mutating func heal() -> [(key: Int, from: Int, to: Int)] {
        active = false
        defer { held.removeAll() }
        return held
    }
}

extension SystemModel {
    /// The split starts: the second side's nodes are drawn as cut off, and each balancer's health
    /// checks start failing for the backends across it (noticed after its detection delay).
    mutating func split(now: SimTime) {
        partition.active = true
        for node in design.nodes.indices where partition.sides[node] == 1 { timeline.mark(node, .cutOff, at: now) }
        healthChecks(liveOnly: false) { balancer, slot in balancer.backendFailed(slot, at: now) }
    }

    /// The split ends: balancers take the backends back after their detection delay, and waiting
    /// jobs go out, in the order they were made.
    mutating func heal(scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        healthChecks(liveOnly: true) { balancer, slot in balancer.backendRecovered(slot, at: now) }
        for node in design.nodes.indices where partition.sides[node] == 1 && pools[node]?.isUp != false {
            timeline.mark(node, .up, at: now)
        }
        for job in partition.heal() { spawnJob(key: job.key, from: job.from, to: job.to, scheduler: &scheduler) }
    }

    /// Applies `change` to every balancer (and read balancer) slot whose backend the split cuts off
    /// (with `liveOnly`, only to backends that did not crash meanwhile).
    private mutating func healthChecks(liveOnly: Bool, _ change: (inout Balancer, Int) -> Void) {
        for owner in design.nodes.indices {
            let route = topology.routes[owner]
            for (slot, backend) in route.forward.enumerated()
            where partition.separates(owner, backend) && (!liveOnly || pools[backend]?.isUp != false) {
                change(&balancers[owner]!, slot)
            }
            for (slot, store) in route.readStores.enumerated()
            where partition.separates(owner, store) && (!liveOnly || pools[store]?.isUp != false) {
                change(&readBalancers[owner]!, slot)
            }
        }
    }
}
