import Foundation
import MiniCluster

/// One LRU cache in front of a database, kept in step by one of four patterns (`CachePattern`).
///
/// A warm-up job fills every key at time zero, so all entries start with the same age: without
/// jitter they expire together, ttl later. A miss reads the database (`dbTime`) and fills the
/// cache when the read returns; misses for a key already being read read it again (nothing
/// coalesces them). Writes change the acknowledged value at once; they cost the writer the cache
/// hop, plus the database write unless the pattern is write-behind. With `earlyRefresh` (XFetch's
/// β) a read may refresh an entry shortly before it expires; refresh-ahead refreshes an entry in
/// the background when a read finds it past `refreshAt` of its TTL.
struct CachePatternsModel: SimulationModel {
    enum Event {
        case read, write, flush, crash
        /// A database read of `key` returns `version`; `refresh` when it was a background refresh.
        case fetched(key: Int, version: Int, refresh: Bool)
    }

    struct Setup {
        let pattern: CachePattern
        let keys: Int, skew: Double
        let readRate: Double, writeRate: Double
        let ttl: SimTime, jitter: SimTime
        /// XFetch's β: how eagerly a read refreshes an entry near its expiry (0: never).
        let earlyRefresh: Double
        /// Refresh-ahead: a read refreshes an entry once this share of its TTL has passed.
        let refreshAt: Double
        let flushEvery: SimTime
        let crashAt: SimTime?
        let dbTime: SimTime
        let end: SimTime
    }

    /// The hop from the application to the cache and back.
    static let cacheTime = SimTime.milliseconds(1)

    let setup: Setup
    let popularity: ZipfDistribution
    var reads: ArrivalStream, writes: ArrivalStream?
    var keyRandom: RandomSource, jitterRandom: RandomSource, earlyRandom: RandomSource
    var cache: LRUCache
    var ledger: EntryLedger
    /// The latest acknowledged version of each key, and the version the database holds.
    var versions: [Int], stored: [Int]
    /// Database reads of each key under way.
    var inFlight: [Int]
    /// Write-behind: the keys with writes the database has not received, and how many each has.
    var dirty: [Int] = [], unflushed: [Int]
    var readCount = 0, hits = 0, dbReads = 0, duplicateDBReads = 0, staleReads = 0
    var refreshes = 0, earlyRefreshes = 0, writesAcked = 0, dbWrites = 0, lostWrites = 0
    var crashed = false
    /// 1 per read the cache answered alone, 0 otherwise, for the hit ratio's interval.
    var hitBatches = BatchMeans()
    var readLatency: BatchedLatency
    var writeLatency = LatencyRecorder()
    var dbReadSeries = TimeSeries(interval: .seconds(1))

    init(setup: Setup, seed: UInt64) {
        var root = RandomSource(seed: seed)
        self.setup = setup
        popularity = ZipfDistribution.shared(count: setup.keys, exponent: setup.skew)
        reads = ArrivalStream(profile: .constant(perSecond: setup.readRate), random: root.fork(), until: setup.end)
        let writeStream = root.fork()
        writes =
            setup.writeRate > 0
            ? ArrivalStream(profile: .constant(perSecond: setup.writeRate), random: writeStream, until: setup.end) : nil
        keyRandom = root.fork()
        jitterRandom = root.fork()
        earlyRandom = root.fork()
        cache = LRUCache(capacity: setup.keys)
        ledger = EntryLedger(keys: setup.keys)
        versions = Array(repeating: 0, count: setup.keys)
        stored = versions
        inFlight = versions
        unflushed = versions
        readLatency = BatchedLatency(expected: max(1, Int(setup.readRate * setup.end.seconds)))
        for key in 0..<setup.keys { fill(key, version: 0, at: .zero) }
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        switch event {
        case .read:
            reads.arrive(.read, scheduler: &scheduler)
            read(popularity.sample(using: &keyRandom), at: now, scheduler: &scheduler)
        case .write:
            writes?.arrive(.write, scheduler: &scheduler)
            write(popularity.sample(using: &keyRandom), at: now)
        case .flush:
            flush(at: now)
            if now + setup.flushEvery < setup.end { scheduler.schedule(.flush, after: setup.flushEvery) }
        case .crash: crash(at: now)
        case .fetched(let key, let version, let refresh):
            inFlight[key] -= 1
            fill(key, version: version, at: now, refreshed: refresh)
        }
    }

    /// Puts `version` of `key` in the cache for the TTL plus a uniform share of the jitter.
    mutating func fill(_ key: Int, version: Int, at now: SimTime, refreshed: Bool = false) {
        let spread = setup.jitter.nanoseconds > 0 ? jitterRandom.unit() * Double(setup.jitter.nanoseconds) : 0
        let until = now + setup.ttl + SimTime(nanoseconds: Int64(spread))
        cache.put(key, version: version, expires: until)
        ledger.filled(key, until: until, at: now, refreshed: refreshed)
    }

    private mutating func read(_ key: Int, at now: SimTime, scheduler: inout Scheduler<Event>) {
        readCount += 1
        guard let copy = cache.lookup(key, at: now) else {
            if inFlight[key] > 0 { duplicateDBReads += 1 }
            answerFromDatabase(key, at: now, scheduler: &scheduler)
            return
        }
        ledger.read(key)
        if refreshesEarly(key, expires: copy.expires, at: now) {
            earlyRefreshes += 1
            answerFromDatabase(key, at: now, scheduler: &scheduler)
            return
        }
        hits += 1
        hitBatches.add(1)
        readLatency.record(Self.cacheTime)
        if copy.version < versions[key] { staleReads += 1 }
        let window = SimTime(nanoseconds: Int64(Double(setup.ttl.nanoseconds) * (1 - setup.refreshAt)))
        if setup.pattern == .refresh, inFlight[key] == 0, copy.expires - now <= window {
            refreshes += 1
            readDatabase(key, refresh: true, at: now, scheduler: &scheduler)
        }
    }

    /// XFetch (Vattani et al., 2015): refresh when `now − δ·β·ln(u) ≥ expiry`, δ the database read time.
    private mutating func refreshesEarly(_ key: Int, expires: SimTime, at now: SimTime) -> Bool {
        guard setup.earlyRefresh > 0, inFlight[key] == 0 else { return false }
        let ahead = -Double(setup.dbTime.nanoseconds) * setup.earlyRefresh * log(earlyRandom.openUnit())
        return Double((expires - now).nanoseconds) <= ahead
    }

    private mutating func answerFromDatabase(_ key: Int, at now: SimTime, scheduler: inout Scheduler<Event>) {
        hitBatches.add(0)
        readLatency.record(Self.cacheTime + setup.dbTime)
        readDatabase(key, refresh: false, at: now, scheduler: &scheduler)
    }

    private mutating func readDatabase(_ key: Int, refresh: Bool, at now: SimTime, scheduler: inout Scheduler<Event>) {
        dbReads += 1
        dbReadSeries.add(1, at: now)
        inFlight[key] += 1
        scheduler.schedule(.fetched(key: key, version: stored[key], refresh: refresh), after: setup.dbTime)
    }
}
