import MiniCluster

/// How a node takes, serves and lets go of a request.
extension SystemModel {
    /// Whether node statistics count at `now`.
    func measuring(_ now: SimTime) -> Bool { now >= measureStart && now <= measureEnd }

    /// Hands request `id` to `node`: a passing node routes it at once, a serving node queues it. A call
    /// over a guarded edge starts there (its breaker may refuse it); one across a partition fails.
    mutating func send(_ id: Int, to node: Int, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        let from = Int(flights[id].node)
        if from != node, flights[id].phase != .job, let edge = guards.edge(from: from, to: node) {
            guard startCall(id, over: edge, scheduler: &scheduler) else { return }
        }
        if partition.cuts(from, node) {
            if flights[id].measured { partition.refused += 1 }
            return fail(id, scheduler: &scheduler)
        }
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

    /// Request `id` was served at its node: a guarded call to it returned, and the worker is freed or waits.
    mutating func completed(_ id: Int, scheduler: inout Scheduler<Event>) {
        let node = Int(flights[id].node)
        let now = scheduler.now
        if measuring(now) {
            stats[node].served += 1
            if flights[id].read, flights[id].phase != .job { stats[node].readsServed += 1 }
            stats[node].sojournSeconds += (now - flights[id].entered).seconds
        }
        if flights[id].call >= 0, design.edges[Int(flights[id].call)].to == node { callReturned(id, now: now) }
        if waitsForCalls(id, at: node) {
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
