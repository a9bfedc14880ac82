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

    init(nodes: Int) {
        sides = Array(repeating: -1, count: nodes)
    }

    /// Whether a message from `source` to `target` cannot get through now.
    func cuts(_ source: Int, _ target: Int) -> Bool {
        active && source >= 0 && sides[source] >= 0 && sides[target] >= 0 && sides[source] != sides[target]
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
    /// The split starts: the second side's nodes are drawn as cut off.
    mutating func split(now: SimTime) {
        partition.active = true
        for node in design.nodes.indices where partition.sides[node] == 1 { timeline.mark(node, .cutOff, at: now) }
    }

    /// The split ends: waiting jobs go out, in the order they were made.
    mutating func heal(scheduler: inout Scheduler<Event>) {
        for node in design.nodes.indices where partition.sides[node] == 1 && pools[node]?.isUp != false {
            timeline.mark(node, .up, at: scheduler.now)
        }
        for job in partition.heal() { spawnJob(key: job.key, from: job.from, to: job.to, scheduler: &scheduler) }
    }
}
