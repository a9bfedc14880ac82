import MiniCluster

/// A server's synchronous calls to external APIs: its worker waits for them, and an edge's
/// timeout, retries and breaker decide how long and how often.
extension SystemModel {
    /// Whether the server's worker stays with request `id` until its external calls end.
    func waitsForExternals(_ id: Int, at node: Int) -> Bool {
        design.nodes[node].kind == .app && !flights[id].read && flights[id].phase == .path
            && !topology.routes[node].externals.isEmpty
    }

    /// Makes (or repeats) the request's current external call, unless the edge's breaker is open.
    mutating func call(_ id: Int, scheduler: inout Scheduler<Event>) {
        let app = Int(flights[id].app)
        let slot = Int(flights[id].external) - 1
        let now = scheduler.now
        flights[id].tries &+= 1
        flights[id].node = Int32(app)
        if let edge = guards.edges[app][slot] {
            guards.edges[app][slot]!.calls += 1
            if edge.breaker != nil, !guards.edges[app][slot]!.breaker!.tryAcquire(at: now) {
                if flights[id].measured { guards.rejected += 1 }
                return drop(id, scheduler: &scheduler)
            }
            if edge.policy.timeout > 0 {
                scheduler.schedule(
                    .callTimeout(id: Int32(id), generation: flights[id].generation, tries: flights[id].tries),
                    after: .seconds(edge.policy.timeout))
            }
        }
        send(id, to: topology.routes[app].externals[slot], scheduler: &scheduler)
    }

    /// The external answered the request's current call.
    mutating func callReturned(_ id: Int, now: SimTime) {
        let app = Int(flights[id].app)
        let slot = Int(flights[id].external) - 1
        guard guards.edges[app][slot]?.breaker != nil else { return }
        guards.edges[app][slot]!.breaker!.record(failed: false, duration: now - flights[id].entered, at: now)
    }

    /// The current call failed (refused, timed out, its node died): counts it against the breaker and
    /// schedules a retry when the policy and the budget allow. False when the request fails for good.
    mutating func callFailed(_ id: Int, scheduler: inout Scheduler<Event>) -> Bool {
        let app = Int(flights[id].app)
        let slot = Int(flights[id].external) - 1
        let now = scheduler.now
        guard app >= 0, slot >= 0, let edge = guards.edges[app][slot] else { return false }
        if edge.breaker != nil {
            guards.edges[app][slot]!.breaker!.record(failed: true, duration: now - flights[id].entered, at: now)
        }
        let tries = Int(flights[id].tries)
        guard edge.policy.mayRetry(tries: tries, calls: edge.calls, retries: edge.retries) else { return false }
        guards.edges[app][slot]!.retries += 1
        if flights[id].measured { guards.retries += 1 }
        flights[id].node = -1
        let wait = guards.delay(edge.policy, tries: tries, random: &random)
        scheduler.schedule(.retry(id: Int32(id), generation: flights[id].generation), after: .seconds(wait))
        return true
    }

    /// The caller stops waiting: the callee keeps the call as an orphan, the request goes on under a new id.
    mutating func timedOut(_ id: Int, generation: UInt32, tries: UInt8, scheduler: inout Scheduler<Event>) {
        let flight = flights[id]
        guard flight.active, flight.generation == generation, flight.phase == .external, flight.tries == tries,
            flight.node >= 0
        else { return }
        if flight.measured { guards.timeouts += 1 }
        let caller = flights.add(flight)
        flights[id].phase = .orphan
        flights[id].held = -1
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
