import MiniCluster

extension SystemModel {
    /// The node crashes: what it queued and what it was serving fail, and balancers notice later.
    mutating func kill(_ node: Int, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        timeline.mark(node, .down, at: now)
        if pools[node] != nil {
            for id in pools[node]!.crash() { fail(id, scheduler: &scheduler) }
            if applySlots[node] != node {
                for id in pools[applySlots[node]]!.crash() { fail(id, scheduler: &scheduler) }
            }
            for id in 0..<flights.capacity where flights[id].active && flights[id].node == Int32(node) {
                fail(id, scheduler: &scheduler)
            }
        }
        for owner in design.nodes.indices {
            if let slot = topology.routes[owner].forward.firstIndex(of: node) {
                balancers[owner]!.backendFailed(slot, at: now)
            }
            if let slot = topology.routes[owner].readStores.firstIndex(of: node) {
                readBalancers[owner]!.backendFailed(slot, at: now)
            }
        }
        if design.nodes[node].kind == .primary { loseUnshipped(node) }
        if design.nodes[node].kind == .primary,
            topology.routes[node].asyncTargets.contains(where: { design.nodes[$0].kind == .replica })
        {
            scheduler.schedule(.failover(primary: node), after: .seconds(design.nodes[node].settings.detect))
        }
    }

    /// A dead primary takes with it the writes its `async` replicas had not pulled through their apply
    /// streams: they were acknowledged, and now no node has them.
    mutating func loseUnshipped(_ primary: Int) {
        for replica in topology.routes[primary].asyncTargets where shipsLate(replica, of: primary) {
            let stream = applySlots[replica]
            guard stream != replica, pools[stream]!.isUp else { continue }
            _ = pools[stream]!.crash()
            pools[stream]!.recover()
            for id in 0..<flights.capacity
            where flights[id].active && flights[id].phase == .job && flights[id].node == Int32(replica) {
                lostWrites += 1
                flights.remove(id)
            }
        }
    }

    /// The primary's first replica becomes the primary: servers write to it and stop reading from it.
    mutating func failover(_ primary: Int, now: SimTime) {
        guard
            let replica = topology.routes[primary].asyncTargets.first(where: {
                design.nodes[$0].kind == .replica && pools[$0]?.isUp == true
            })
        else { return }
        timeline.mark(replica, .promoted, at: now)
        for app in design.nodes(of: .app) {
            guard let index = topology.routes[app].primaries.firstIndex(of: primary) else { continue }
            topology.routes[app].primaries[index] = replica
            topology.routes[app].readStores.removeAll { $0 == replica }
            readBalancers[app] =
                topology.routes[app].readStores.isEmpty
                ? nil
                : Balancer(
                    backends: topology.routes[app].readStores.count, policy: .roundRobin, detectionDelay: .seconds(2))
        }
        topology.routes[replica].asyncTargets = topology.routes[primary].asyncTargets.filter { $0 != replica }
    }
}

/// Each node's state over virtual time, for the scenario timeline.
struct ScenarioTimeline {
    enum State: Int, CaseIterable { case up, slow, down, promoted, cutOff }

    /// Changes as (time in seconds, state), per node, in time order.
    private(set) var changes: [[(time: Double, state: State)]]

    init(nodes: Int) {
        changes = Array(repeating: [(0, .up)], count: nodes)
    }

    mutating func mark(_ node: Int, _ state: State, at time: SimTime) {
        changes[node].append((time.seconds, state))
    }

    /// Whether anything changed during the run.
    var isEventful: Bool { changes.contains { $0.count > 1 } }
}
