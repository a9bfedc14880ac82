/// A load balancer over `backends`: a policy picks one for each request, and health checks notice
/// a failed backend only `detectionDelay` after it fails (until then it still gets traffic).
///
///     var balancer = Balancer(backends: 3, policy: .roundRobin, detectionDelay: .seconds(2))
///     var random = RandomSource(seed: 1)
///     balancer.pick(at: .zero, key: 0, random: &random)   // 0, then 1, 2, 0, ...
package struct Balancer: Sendable {
    /// How a backend is chosen; the raw value is its name in experiments and designs.
    package enum Policy: String, Sendable, Hashable, CaseIterable {
        /// Each backend in turn.
        case roundRobin = "round_robin"
        /// The backend with the fewest requests in flight (ties taken in turn, as round robin).
        case leastConnections = "least_conn"
        /// The less loaded of two backends drawn at random (Mitzenmacher's power of two choices).
        case powerOfTwoChoices = "p2c"
        /// The backend that owns the key on a consistent-hash ring (a key sticks to its backend).
        case consistentHash = "hash"
        /// A backend drawn at random.
        case random
    }

    /// Points each backend owns on the consistent-hash ring.
    static let virtualNodes = 64

    package let policy: Policy
    package let detectionDelay: SimTime
    private var inFlight: [Int]
    private var failedAt: [SimTime?]
    private var recoveredAt: [SimTime?]
    private var next = 0
    /// Backends that failed at some point (while none has, every backend is live).
    private var failures = 0
    private var ring: HashRing?

    package init(backends: Int, policy: Policy, detectionDelay: SimTime) {
        precondition(backends > 0, "a balancer needs at least one backend, got \(backends)")
        self.policy = policy
        self.detectionDelay = detectionDelay
        inFlight = Array(repeating: 0, count: backends)
        failedAt = Array(repeating: nil, count: backends)
        recoveredAt = Array(repeating: nil, count: backends)
        ring = policy == .consistentHash ? HashRing(shards: backends, virtualNodes: Self.virtualNodes) : nil
    }

    /// The number of backends.
    package var count: Int { inFlight.count }

    /// Requests sent to `backend` and not yet finished.
    package func requestsInFlight(_ backend: Int) -> Int { inFlight[backend] }

    /// Whether health checks believe `backend` is up at `now`.
    package func isBelievedUp(_ backend: Int, at now: SimTime) -> Bool {
        guard let failed = failedAt[backend] else { return true }
        if let recovered = recoveredAt[backend], now >= recovered + detectionDelay { return true }
        return now < failed + detectionDelay
    }

    /// Picks a backend for a request with `key` and counts it in flight; nil when every backend is
    /// believed down.
    /// - Complexity: O(1) for round robin, random and two choices while no backend has failed, else
    ///   O(backends); O(backends) for least connections.
    package mutating func pick(at now: SimTime, key: UInt64, random: inout RandomSource) -> Int? {
        // NB: the backends believed up are counted and indexed by scanning, never gathered in an array:
        // an array per pick once any backend had failed was 17% of `run sessions sweep=servers` (callgrind).
        let allUp = failures == 0
        let choices = allUp ? count : (0..<count).count { isBelievedUp($0, at: now) }
        guard choices > 0 else { return nil }
        let chosen: Int
        switch policy {
        case .roundRobin:
            chosen = inTurn(allUp: allUp, at: now).first!
            next = chosen + 1
        case .leastConnections:
            chosen = inTurn(allUp: allUp, at: now).min { inFlight[$0] < inFlight[$1] }!
            next = chosen + 1
        case .powerOfTwoChoices:
            let a = believedUp(Int(random.next() % UInt64(choices)), allUp: allUp, at: now)
            let b = believedUp(Int(random.next() % UInt64(choices)), allUp: allUp, at: now)
            chosen = inFlight[b] < inFlight[a] ? b : a
        case .consistentHash:
            chosen = owner(of: key, at: now)
        case .random:
            chosen = believedUp(Int(random.next() % UInt64(choices)), allUp: allUp, at: now)
        }
        inFlight[chosen] += 1
        return chosen
    }

    /// The `index`-th backend (from 0) of those believed up at `now`.
    private func believedUp(_ index: Int, allUp: Bool, at now: SimTime) -> Int {
        guard !allUp else { return index }
        var seen = 0
        for backend in 0..<count where isBelievedUp(backend, at: now) {
            if seen == index { return backend }
            seen += 1
        }
        preconditionFailure("backend \(index) of those believed up at \(now) does not exist")
    }

    /// The backends believed up at `now` in turn, from the one after the last pick round to it: round
    /// robin takes the first, least connections the first with the fewest in flight, so idle backends take
    /// turns instead of the lowest index taking all.
    private func inTurn(allUp: Bool, at now: SimTime) -> some Collection<Int> {
        let start = next < count ? next : 0
        return (0..<count).lazy.map { [count] in (start + $0) % count }.filter {
            allUp || isBelievedUp($0, at: now)
        }
    }

    /// The key's backend on the ring; when it is down, the key is rehashed until a live one owns it.
    private func owner(of key: UInt64, at now: SimTime) -> Int {
        var hash = StableHash.of(key)
        for _ in 0..<64 {
            let backend = ring!.shard(forHash: hash)
            if isBelievedUp(backend, at: now) { return backend }
            hash = StableHash.of(hash)
        }
        return (0..<count).first { isBelievedUp($0, at: now) }!
    }

    /// A request sent to `backend` finished (or failed).
    package mutating func finished(_ backend: Int) {
        precondition(inFlight[backend] > 0, "finished() on backend \(backend) with nothing in flight")
        inFlight[backend] -= 1
    }

    /// `backend` failed at `time`; health checks notice at `time + detectionDelay`.
    package mutating func backendFailed(_ backend: Int, at time: SimTime) {
        if failedAt[backend] == nil { failures += 1 }
        failedAt[backend] = time
        recoveredAt[backend] = nil
    }

    /// `backend` came back at `time`; health checks notice at `time + detectionDelay`.
    package mutating func backendRecovered(_ backend: Int, at time: SimTime) {
        recoveredAt[backend] = time
    }
}

extension Balancer {
    /// Adds a backend, believed up at once, and returns its index. On the consistent-hash ring only
    /// the keys the new backend now owns move to it.
    /// - Complexity: O(backends) for most policies; O(b·v log(b·v)) to rebuild the ring.
    @discardableResult
    package mutating func addBackend() -> Int {
        inFlight.append(0)
        failedAt.append(nil)
        recoveredAt.append(nil)
        if ring != nil { ring = HashRing(shards: count, virtualNodes: Self.virtualNodes) }
        return count - 1
    }
}
