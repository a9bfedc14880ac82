import Testing

@testable import Experiments
@testable import MiniCluster

@Suite struct CacheExperimentTests: ExperimentSuite {
    let experiment: any Experiment = CacheExperiment()

    @Test(
        "An LRU cache's hit ratio under Zipf is within 3% of Che's approximation",
        arguments: [("1000", "0.9"), ("4000", "0.9"), ("2000", "1.2"), ("500", "0.6")])
    func che(capacity: String, skew: String) throws {
        let report = try run(["capacity=\(capacity)", "skew=\(skew)", "db_ms=0.01", "seconds=100"])
        let measured = try metric(report, "hit_ratio")
        let predicted = try metric(report, "che_hit_ratio")
        #expect(abs(measured - predicted) < 0.03, "capacity \(capacity) skew \(skew): \(measured) vs \(predicted)")
    }

    @Test("Coalescing turns duplicate database reads into waits")
    func coalescing() throws {
        #expect(try metric(try run(["ttl=5"]), "duplicate_db_reads") > 0)
        let coalesced = try run(["ttl=5", "coalesce=true"])
        #expect(try metric(coalesced, "duplicate_db_reads") == 0)
        #expect(try metric(coalesced, "coalesced") > 0)
    }

    @Test("Invalidating on write leaves only the read-then-fill race; without it a TTL bounds staleness")
    func staleness() throws {
        #expect(try metric(try run(["writes=50", "invalidate=true", "db_ms=0.01"]), "stale_reads") == 0)
        let race = try metric(try run(["writes=50", "invalidate=true"]), "stale_reads")
        let none = try metric(try run(["writes=50", "invalidate=false", "ttl=10"]), "stale_reads")
        #expect(race > 0 && race * 10 < none, "a slow DB read can refill the cache with the old value after a write")
        let short = try metric(try run(["writes=50", "invalidate=false", "ttl=1"]), "stale_reads")
        let long = try metric(try run(["writes=50", "invalidate=false", "ttl=30"]), "stale_reads")
        #expect(short > 0 && long > short)
    }

    static let stampede = ["ttl=10", "skew=1.2", "db_ms=200"]

    @Test("Hot keys that expire together spike the database; coalescing removes the spike")
    func stampedeSpike() throws {
        let herd = try run(Self.stampede)
        let calm = try run(Self.stampede + ["coalesce=true"])
        #expect(try metric(herd, "db_spike_ratio") > 3)
        #expect(try metric(calm, "peak_db_reads_per_s") * 2 < metric(herd, "peak_db_reads_per_s"))
        #expect(herd.findings.contains { $0.id == "cache.stampede" })
        #expect(!calm.findings.contains { $0.id == "cache.stampede" })
    }

    @Test(
        "Without a TTL no finding speaks of keys expiring",
        arguments: [[], ["skew=1.2", "db_ms=200"], ["tiers=cdn+local+global"]])
    func noExpiryWithoutTTL(words: [String]) throws {
        let ids = try run(words).findings.map(\.id)
        #expect(!ids.contains("cache.stampede") && !ids.contains("cache.stale_ttl"), "\(words)")
    }

    @Test(
        "Every finding's condition holds in its run's metrics",
        arguments: [
            [], ["ttl=5"], ["writes=50"], ["writes=50", "invalidate=false", "ttl=10"], ["tiers=local+global"],
            ["tiers=cdn+local+global", "ttl=5", "coalesce=true"], ["capacity=1", "keys=1"], ["seconds=1"]
        ])
    func findingsHold(words: [String]) throws {
        let report = try run(words)
        let values = FindingList.values(of: report.metrics)
        for finding in report.findings {
            #expect(finding.condition.holds(in: values), "\(words): \(finding.id)")
        }
    }

    @Test(
        "A CDN edge answers faster than any tier behind it, and each tier's share of the reads adds up to all of them")
    func tierShares() throws {
        let report = try run(["tiers=cdn+local+global"])
        let shares = try ["cdn", "local", "global", "db"].map { try metric(report, "\($0)_share_pct") }
        #expect(abs(shares.reduce(0, +) - 100) < 0.001)
        #expect(try metric(report, "cdn_share_pct") > 40 && metric(report, "global_share_pct") > 1)
        let direct = try metric(try run(["tiers=global"]), "mean_ms")
        #expect(try metric(report, "mean_ms") < direct)
    }

    @Test("More tiers answer more reads before the database")
    func tiers() throws {
        let one = try metric(try run(["tiers=global"]), "db_reads_per_s")
        let three = try metric(try run(["tiers=cdn+local+global"]), "db_reads_per_s")
        #expect(three < one)
    }
}

@Suite struct LRUCacheTests {
    @Test("The least recently used entry is evicted; expired entries are misses")
    func eviction() {
        var cache = LRUCache(capacity: 2)
        cache.put(1, version: 1, expires: .seconds(10))
        cache.put(2, version: 1, expires: .seconds(10))
        _ = cache.get(1, at: .zero)
        cache.put(3, version: 1, expires: .seconds(10))
        let (one, two, three) = (cache.get(1, at: .zero), cache.get(2, at: .zero), cache.get(3, at: .zero))
        #expect(one == 1 && two == nil && three == 1)
        let expired = cache.get(1, at: .seconds(11))
        #expect(expired == nil && cache.count == 1)
        cache.remove(3)
        cache.put(4, version: 2, expires: .seconds(20))
        #expect(cache.count == 1)
    }
}
