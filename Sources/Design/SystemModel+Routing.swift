import MiniCluster

extension SystemModel {
    /// Decides where request `id` goes after `node` has done its part.
    mutating func route(_ id: Int, from node: Int, scheduler: inout Scheduler<Event>) {
        let flight = flights[id]
        if flight.phase == .orphan { return flights.remove(id) }
        if flight.phase == .job { return routeJob(id, from: node, scheduler: &scheduler) }
        switch design.nodes[node].kind {
        case .app:
            routeAtServer(id, node, scheduler: &scheduler)
        case .cache, .cdn:
            if flight.read, lookup(flight.key, in: node, now: scheduler.now) {
                return finish(id, scheduler: &scheduler)
            }
            if flight.phase == .cache { return toStore(id, scheduler: &scheduler) }
            forward(id, from: node, scheduler: &scheduler)
        case .primary, .replica:
            if flight.read { return toExternal(id, scheduler: &scheduler) }
            acknowledge(id, at: node, scheduler: &scheduler)
        case .external:
            toExternal(id, scheduler: &scheduler)
        case .users, .dns, .lb, .queue, .worker:
            forward(id, from: node, scheduler: &scheduler)
        }
    }

    /// At a server: a read tries its side cache, a write invalidates it and enqueues its jobs; then
    /// the stores, or the next server when this one calls another instead of a store.
    private mutating func routeAtServer(_ id: Int, _ node: Int, scheduler: inout Scheduler<Event>) {
        let flight = flights[id]
        let route = topology.routes[node]
        flights[id].app = Int32(node)
        if flight.read, !route.caches.isEmpty {
            flights[id].phase = .cache
            return send(id, to: route.caches[flight.key % route.caches.count], scheduler: &scheduler)
        }
        if !flight.read {
            for cache in route.caches { caches[cache]!.remove(flight.key) }
            for target in route.asyncTargets {
                spawnJob(key: flight.key, from: node, to: target, scheduler: &scheduler)
            }
        }
        if route.primaries.isEmpty, route.readStores.isEmpty, !route.forward.isEmpty {
            return forward(id, from: node, scheduler: &scheduler)
        }
        toStore(id, scheduler: &scheduler)
    }

    /// A cache lookup; a miss stores the key (the fill after the read from the store).
    private mutating func lookup(_ key: Int, in node: Int, now: SimTime) -> Bool {
        let hit = caches[node]!.get(key, at: now) != nil
        if !hit { caches[node]!.put(key, version: 0, expires: SimTime(nanoseconds: .max)) }
        if measuring(now) {
            stats[node].lookups += 1
            if hit { stats[node].hits += 1 }
        }
        return hit
    }

    /// Passes the request to one of the node's solid targets, or finishes it at the end of a path.
    mutating func forward(_ id: Int, from node: Int, scheduler: inout Scheduler<Event>) {
        let targets = topology.routes[node].forward
        guard !targets.isEmpty else { return finish(id, scheduler: &scheduler) }
        guard
            let slot = balancers[node]!.pick(
                at: scheduler.now, key: StableHash.of(UInt64(flights[id].key)), random: &random)
        else {
            return fail(id, scheduler: &scheduler)
        }
        flights[id].sender = Int32(node)
        flights[id].slot = Int32(slot)
        send(id, to: targets[slot], scheduler: &scheduler)
    }

    /// A read goes to a live replica (else the primary); a write to the key's primary. The server
    /// makes the call, also after a miss at its side cache.
    private mutating func toStore(_ id: Int, scheduler: inout Scheduler<Event>) {
        let flight = flights[id]
        let app = Int(flight.app)
        flights[id].phase = .store
        flights[id].node = Int32(app)
        if flight.read, readBalancers[app] != nil,
            let slot = readBalancers[app]!.pick(at: scheduler.now, key: 0, random: &random)
        {
            readBalancers[app]!.finished(slot)
            return send(id, to: topology.routes[app].readStores[slot], scheduler: &scheduler)
        }
        let primaries = topology.routes[app].primaries
        guard !primaries.isEmpty else { return toExternal(id, scheduler: &scheduler) }
        send(id, to: primaries[flight.key % primaries.count], scheduler: &scheduler)
    }

    /// A write calls the server's external APIs in turn, then finishes.
    mutating func toExternal(_ id: Int, scheduler: inout Scheduler<Event>) {
        let flight = flights[id]
        let externals = flight.app >= 0 && !flight.read ? topology.routes[Int(flight.app)].externals : []
        guard Int(flight.external) < externals.count else { return finish(id, scheduler: &scheduler) }
        flights[id].phase = .external
        flights[id].external += 1
        flights[id].node = flight.app
        send(id, to: externals[Int(flight.external)], scheduler: &scheduler)
    }

    /// Starts an asynchronous job (a replicated write, an enqueued message) at `node`.
    mutating func spawnJob(key: Int, from source: Int, to node: Int, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        if partition.cuts(source, node) { return partition.hold(key: key, from: source, to: node) }
        let id = flights.add(
            Flight(
                start: now, read: false, measured: false, phase: .job, batch: 0, key: key,
                node: Int32(node), entered: now))
        send(id, to: node, scheduler: &scheduler)
    }

    /// A job at a queue moves on to a worker, and a worker's job on to what the worker calls; elsewhere it is done.
    private mutating func routeJob(_ id: Int, from node: Int, scheduler: inout Scheduler<Event>) {
        let kind = design.nodes[node].kind
        guard kind == .queue || (kind == .worker && !topology.routes[node].forward.isEmpty) else {
            return flights.remove(id)
        }
        forward(id, from: node, scheduler: &scheduler)
    }

    /// The request got its answer: its latency counts, unless it ran past the server's timeout.
    mutating func finish(_ id: Int, scheduler: inout Scheduler<Event>) {
        let flight = flights[id]
        let now = scheduler.now
        if flight.phase == .job { return flights.remove(id) }
        release(id, scheduler: &scheduler)
        let latency = now - flight.start
        let timeout = flight.app >= 0 ? design.nodes[Int(flight.app)].settings.timeout : 0
        if timeout > 0, latency.seconds > timeout {
            recorder.failed(measured: flight.measured, at: now)
        } else {
            recorder.succeeded(latency, read: flight.read, batch: Int(flight.batch), measured: flight.measured, at: now)
        }
        flights.remove(id)
    }

    /// The request failed (rejected, no live target, or its node died); an external call may be retried.
    mutating func fail(_ id: Int, scheduler: inout Scheduler<Event>) {
        leave(id)
        if flights[id].call >= 0, callFailed(id, scheduler: &scheduler) { return }
        drop(id, scheduler: &scheduler)
    }

    /// The request fails for good (an orphaned call just ends).
    mutating func drop(_ id: Int, scheduler: inout Scheduler<Event>) {
        let flight = flights[id]
        switch flight.phase {
        case .job: recorder.lostJobs += 1
        case .orphan: break
        default:
            release(id, scheduler: &scheduler)
            recorder.failed(measured: flight.measured, at: scheduler.now)
        }
        flights.remove(id)
    }
}
