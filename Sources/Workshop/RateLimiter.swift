/// A token bucket per client: `burst` requests at once, refilled at `perSecond`; clients are forgotten when idle.
actor RateLimiter {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    private let perSecond: Double
    private let burst: Double
    private var buckets: [String: Bucket] = [:]
    private var lastSweep = 0.0

    init(perSecond: Double, burst: Double) {
        self.perSecond = perSecond
        self.burst = burst
    }

    /// True when `client` may make a request at `now` (seconds on any steady clock).
    func allow(_ client: String, now: Double) -> Bool {
        sweep(now)
        var bucket = buckets[client] ?? Bucket(tokens: burst, updated: now)
        bucket.tokens = min(burst, bucket.tokens + (now - bucket.updated) * perSecond)
        bucket.updated = now
        let allowed = bucket.tokens >= 1
        if allowed { bucket.tokens -= 1 }
        buckets[client] = bucket
        return allowed
    }

    /// Drops the buckets that are full again, once a minute, so memory stays bounded.
    private func sweep(_ now: Double) {
        guard now - lastSweep > 60 else { return }
        lastSweep = now
        buckets = buckets.filter { burst - ($0.value.tokens + (now - $0.value.updated) * perSecond) > 0 }
    }
}
