import MiniCluster

/// Guarded synchronous calls: a server's worker waits for them, and an edge's timeout, retries and
/// breaker decide how long and how often.
extension SystemModel {
    /// Whether the server's worker stays with request `id` until the request ends: it makes a call
    /// over a guarded edge (or, for a write, to an external API) next.
    func waitsForCalls(_ id: Int, at node: Int) -> Bool {
        let flight = flights[id]
        guard flight.phase == .path, flight.held < 0 else { return false }
        return flight.read ? guards.holdsReads[node] : guards.holdsWrites[node]
    }

    /// Starts (or repeats) the call over guarded `edge`; false when its breaker refused it and the
    /// request failed at once.
    mutating func startCall(_ id: Int, over edge: Int, scheduler: inout Scheduler<Event>) -> Bool {
        let now = scheduler.now
        if flights[id].call != Int32(edge) { flights[id].tries = 0 }
        flights[id].call = Int32(edge)
        flights[id].tries &+= 1
        guards.edges[edge]!.calls += 1
        if guards.edges[edge]!.breaker != nil {
            let allowed = guards.edges[edge]!.breaker!.tryAcquire(at: now)
            guards.noteState(edge, at: now)
            guard allowed else {
                if flights[id].measured { guards.rejected += 1 }
                leave(id)
                drop(id, scheduler: &scheduler)
                return false
            }
        }
        let timeout = guards.edges[edge]!.policy.timeout
        if timeout > 0, pools[design.edges[edge].to] != nil {
            scheduler.schedule(
                .callTimeout(
                    id: Int32(id), generation: flights[id].generation, edge: Int32(edge), tries: flights[id].tries),
                after: .seconds(timeout))
        }
        return true
    }

    /// The callee did its part of the request's current call: the call succeeded.
    mutating func callReturned(_ id: Int, now: SimTime) {
        let edge = Int(flights[id].call)
        flights[id].call = -1
        guard guards.edges[edge]!.breaker != nil else { return }
        guards.edges[edge]!.breaker!.record(failed: false, duration: now - flights[id].entered, at: now)
        guards.noteState(edge, at: now)
    }

    /// The current call failed (refused, timed out, cut off, its node died): counts it against the
    /// breaker and schedules a retry when the policy and the budget allow. False when the request fails for good.
    mutating func callFailed(_ id: Int, scheduler: inout Scheduler<Event>) -> Bool {
        let edge = Int(flights[id].call)
        let now = scheduler.now
        guard edge >= 0, let guarded = guards.edges[edge] else { return false }
        if guarded.breaker != nil {
            guards.edges[edge]!.breaker!.record(failed: true, duration: now - flights[id].entered, at: now)
            guards.noteState(edge, at: now)
        }
        let tries = Int(flights[id].tries)
        guard guarded.policy.mayRetry(tries: tries, calls: guarded.calls, retries: guarded.retries) else {
            return false
        }
        guards.edges[edge]!.retries += 1
        if flights[id].measured { guards.retries += 1 }
        flights[id].node = -1
        let wait = guards.delay(guarded.policy, tries: tries, random: &random)
        scheduler.schedule(.retry(id: Int32(id), generation: flights[id].generation), after: .seconds(wait))
        return true
    }

    /// Makes the failed call again from its caller; a balancer picks a backend afresh.
    mutating func retryCall(_ id: Int, scheduler: inout Scheduler<Event>) {
        let edge = design.edges[Int(flights[id].call)]
        flights[id].node = Int32(edge.from)
        if balancers[edge.from] != nil, topology.routes[edge.from].forward.contains(edge.to) {
            return forward(id, from: edge.from, scheduler: &scheduler)
        }
        send(id, to: edge.to, scheduler: &scheduler)
    }

    /// The caller stops waiting: the callee keeps the call as an orphan, the request goes on under a new id.
    mutating func timedOut(
        _ id: Int, generation: UInt32, edge: Int32, tries: UInt8, scheduler: inout Scheduler<Event>
    ) {
        let flight = flights[id]
        guard flight.active, flight.generation == generation, flight.call == edge, flight.tries == tries,
            flight.node == Int32(design.edges[Int(edge)].to)
        else { return }
        if flight.measured { guards.timeouts += 1 }
        let caller = flights.add(flight)
        flights[id].phase = .orphan
        flights[id].held = -1
        flights[id].sender = -1
        flights[id].call = -1
        fail(caller, scheduler: &scheduler)
    }

    /// Frees the server worker that waited for the request, which starts the next queued one.
    mutating func release(_ id: Int, scheduler: inout Scheduler<Event>) {
        let held = Int(flights[id].held)
        guard held >= 0 else { return }
        flights[id].held = -1
        guard pools[held]!.isUp else { return }
        let from = max(flights[id].heldAt, measureStart)
        let to = min(scheduler.now, measureEnd)
        if to > from { stats[held].busySeconds += (to - from).seconds }
        freeWorker(at: held, scheduler: &scheduler)
    }
}
