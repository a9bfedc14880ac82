import MiniCluster

extension SessionsModel {
    /// One request of `session`: to its home (sticky) or the balancer's pick (stateless); a server
    /// that is down fails it, a live one queues it behind the requests it already has.
    mutating func serve(_ session: Int, at now: SimTime, scheduler: inout Scheduler<Event>) {
        if setup.sticky, let pinned = home[session], !up[pinned], !balancer.isBelievedUp(pinned, at: now) {
            balancer.finished(pinned)  // pinned to a dead server the balancer now avoids: log in again
            home[session] = pick(for: session, at: now)
            relogins += 1
        }
        let previous = home[session]
        let server = setup.sticky ? previous ?? 0 : pick(for: session, at: now)
        if let previous, up[previous], setup.keptWindow.contains(now) {
            comparable += 1
            if previous == server { kept += 1 }
        }
        if !setup.sticky { home[session] = server }
        if crashed && balancer.isBelievedUp(Self.crashing, at: now) { windowRequests += 1 }
        if up[server] {
            perServer[server].add(1, at: now)
            countAfterAdd(server, at: now)
            work(on: server, at: now, scheduler: &scheduler)
        } else {
            failed += 1  // counted now: the connect attempt is doomed
            if !setup.sticky { scheduler.schedule(.connectFailed(server: server), after: Self.connectTimeout) }
        }
        let think = Distribution.exponential(mean: setup.thinkSeconds).sample(using: &random)
        scheduler.schedule(.request(session: session), after: .seconds(think))
    }

    /// Requests in the new server's first 10 s, and those it took.
    private mutating func countAfterAdd(_ server: Int, at now: SimTime) {
        guard let addAt = setup.addAt, now >= addAt, now < addAt + .seconds(10) else { return }
        requestsAfterAdd += 1
        if server == setup.servers { newServerRequests += 1 }
    }

    /// The server works on the request after those it already has (one at a time, first come first served).
    private mutating func work(on server: Int, at now: SimTime, scheduler: inout Scheduler<Event>) {
        guard setup.workMs > 0 else {
            if !setup.sticky { balancer.finished(server) }
            return
        }
        let mean = setup.workMs * (server == 0 ? setup.slow : 1)
        let done =
            max(now, freeAt[server]) + .milliseconds(Distribution.exponential(mean: mean).sample(using: &workRandom))
        freeAt[server] = done
        scheduler.schedule(.served(server: server, latency: done - now), at: done)
    }

    /// A request left `server`: answered, unless the server crashed while it waited.
    mutating func served(on server: Int, latency: SimTime) {
        if !setup.sticky { balancer.finished(server) }
        if up[server] { latencies.record(latency) } else { failed += 1 }
    }

    /// The share of requests that went to their session's previous server, in percent.
    var keptPercent: Double { comparable == 0 ? 0 : Double(kept) / Double(comparable) * 100 }
}
