import Testing

@testable import Experiments
@testable import MiniCluster

@Suite struct CachePatternsExperimentTests: ExperimentSuite {
    let experiment: any Experiment = CachePatternsExperiment()

    @Test("Write-through and cache-aside put the database on the write path; write-behind only the cache")
    func writePath() throws {
        for (pattern, expected) in [("aside", 21.0), ("through", 21.0), ("behind", 1.0)] {
            let p99 = try metric(try run(["pattern=\(pattern)"]), "write_p99_ms")
            #expect(abs(p99 - expected) < 0.05, "\(pattern): \(p99)")
        }
    }

    @Test("Write-through keeps written values cached, so it misses less than cache-aside under writes")
    func throughHitsMore() throws {
        let aside = try metric(try run(["writes=500"]), "hit_ratio")
        let through = try metric(try run(["writes=500", "pattern=through"]), "hit_ratio")
        #expect(through > aside + 0.05)
    }

    @Test("Write-behind sends each dirty key once per flush: fewer database writes than acknowledged writes")
    func behindBatches() throws {
        let report = try run(["pattern=behind", "writes=500"])
        #expect(try metric(report, "db_writes") < metric(report, "writes_acked") * 0.8)
        let aside = try run(["writes=500"])
        #expect(try metric(aside, "db_writes") == metric(aside, "writes_acked"))
    }

    @Test("A crash loses write-behind's unflushed writes, about rate × time since the last flush; other patterns none")
    func crashLosesUnflushed() throws {
        let report = try run(["pattern=behind", "writes=400", "crash_at=15.5"])
        let expected = 400 * 0.5
        #expect(abs(try metric(report, "lost_writes") / expected - 1) < 0.3)
        #expect(report.findings.contains { $0.id == "cachepatterns.behind_lost" })
        for pattern in ["aside", "through", "refresh"] {
            let safe = try run(["pattern=\(pattern)", "writes=400", "crash_at=15.5"])
            #expect(try metric(safe, "lost_writes") == 0)
            #expect(safe.findings.contains { $0.id == "cachepatterns.crash_cold" })
        }
    }

    @Test("Entries loaded together expire together: the database's busiest second is several times its mean")
    func synchronizedExpiry() throws {
        let report = try run([])
        #expect(try metric(report, "db_peak_ratio") > 3)
        #expect(try metric(report, "expiry_peak_per_s") > metric(report, "prefilled") * 0.8)
        #expect(report.findings.contains { $0.id == "cachepatterns.synchronized" })
    }

    @Test("With jitter J the n entries loaded together expire evenly over [T, T+J]: about n/J a second")
    func jitterTheory() throws {
        let report = try run(["keys=2000", "ttl=10", "ttl_jitter=10", "seconds=20", "writes=0"])
        let theory = try metric(report, "jitter_theory_peak_per_s")
        #expect(theory == 200)
        #expect(abs(try metric(report, "expiry_peak_per_s") / theory - 1) < 0.2)
        let plain = try metric(try run(["keys=2000", "ttl=10", "seconds=20", "writes=0"]), "db_peak_reads_per_s")
        #expect(try metric(report, "db_peak_reads_per_s") < plain / 3)
    }

    @Test("Refresh-ahead keeps popular entries from expiring and wastes some refreshes on cold keys")
    func refreshAhead() throws {
        let aside = try metric(try run([]), "hit_ratio")
        let report = try run(["pattern=refresh"])
        #expect(try metric(report, "hit_ratio") > aside)
        let refreshes = try metric(report, "refreshes")
        let wasted = try metric(report, "wasted_refreshes")
        #expect(refreshes > 0)
        #expect(wasted > 0 && wasted < refreshes)
    }

    @Test("Early refresh cuts the duplicate reads of expiring keys but not the peak of entries loaded together")
    func earlyRefresh() throws {
        let plain = try run(["db_ms=200", "writes=0"])
        let early = try run(["db_ms=200", "writes=0", "early_refresh=1"])
        #expect(try metric(early, "early_refreshes") > 0)
        #expect(try metric(early, "duplicate_db_reads") < metric(plain, "duplicate_db_reads") * 0.7)
        #expect(try metric(early, "db_peak_ratio") > 3)
    }

    @Test("The same seed gives identical JSON")
    func determinism() throws {
        let args = ["pattern=behind", "crash_at=12", "ttl_jitter=3", "early_refresh=1"]
        #expect(try run(args).jsonText(language: .en) == (try run(args).jsonText(language: .en)))
    }
}

@Suite struct CachePatternsSweepTests: ExperimentSuite {
    let experiment: any Experiment = CachePatternsExperiment()

    @Test("Over seeded random settings the counts stay consistent with one another", arguments: 1...12)
    func invariants(seed: UInt64) throws {
        var random = RandomSource(seed: seed)
        let pattern = CachePattern.allCases[Int(random.next() % 4)].rawValue
        let args = [
            "pattern=\(pattern)", "keys=\(1 + random.next() % 3000)", "writes=\(random.next() % 300)",
            "ttl=\(1 + random.next() % 20)", "ttl_jitter=\(random.next() % 10)",
            "early_refresh=\(random.next() % 3)", "crash_at=\(random.next() % 12)", "seconds=12"
        ]
        let report = try run(args, seed: seed)
        let label = "seed \(seed): \(args.joined(separator: " "))"
        let acked = try metric(report, "writes_acked")
        #expect((0...1).contains(try metric(report, "hit_ratio")), "\(label)")
        #expect(try metric(report, "lost_writes") <= acked, "\(label)")
        #expect(try metric(report, "db_writes") <= acked, "\(label)")
        #expect(try metric(report, "wasted_refreshes") <= metric(report, "refreshes"), "\(label)")
        #expect(try metric(report, "db_peak_reads_per_s") >= metric(report, "db_reads_per_s") * 0.999, "\(label)")
        if pattern != "behind" {
            #expect(try metric(report, "lost_writes") == 0, "\(label)")
            #expect(try metric(report, "db_writes") == acked, "\(label)")
        }
    }
}
