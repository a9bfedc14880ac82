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
    /// - Complexity: O(1) for round robin, random and two choices; O(backends) for least connections.
    package mutating func pick(at now: SimTime, key: UInt64, random: inout RandomSource) -> Int? {
        // NB: while no backend has failed, picks index backends directly: no array per request.
        let live: [Int]? = failures == 0 ? nil : (0..<count).filter { isBelievedUp($0, at: now) }
        let choices = live?.count ?? count
        guard choices > 0 else { return nil }
        let backend = { (index: Int) in live?[index] ?? index }
        let chosen: Int
        switch policy {
        case .roundRobin:
            chosen = live.map { live in live.first { $0 >= next } ?? live[0] } ?? next % count
            next = chosen + 1
        case .leastConnections:
            chosen = fewestInFlight(among: choices, backend)
            next = chosen + 1
        case .powerOfTwoChoices:
            let a = backend(Int(random.next() % UInt64(choices)))
            let b = backend(Int(random.next() % UInt64(choices)))
            chosen = inFlight[b] < inFlight[a] ? b : a
        case .consistentHash:
            chosen = owner(of: key, at: now)
        case .random:
            chosen = backend(Int(random.next() % UInt64(choices)))
        }
        inFlight[chosen] += 1
        return chosen
    }

    /// The backend with the fewest requests in flight; ties go round robin: the scan starts at the
    /// backend after the last pick, so idle backends take turns instead of the lowest index taking all.
    private func fewestInFlight(among choices: Int, _ backend: (Int) -> Int) -> Int {
        let start = (0..<choices).first { backend($0) >= next } ?? 0
        var best = backend(start)
        for offset in 1..<choices {
            let candidate = backend((start + offset) % choices)
            if inFlight[candidate] < inFlight[best] { best = candidate }
        }
        return best
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
