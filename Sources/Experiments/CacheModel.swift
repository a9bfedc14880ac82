import MiniCluster

/// Cache-aside over tiers of LRU caches in front of a database: reads look tier by tier and fill
/// the tiers on the way back; a miss everywhere reads the database, which takes time, so requests
/// for the same key can pile up (a stampede) unless they wait for the one read in flight.
struct CacheModel: SimulationModel {
    enum Event {
        case request
        case write
        case fetched(key: Int, version: Int, tierFill: Int)
    }

    struct Setup {
        let tiers: [(name: String, capacity: Int, hitMs: Double)]
        let keys: Int, skew: Double
        let rate: Double, writeRate: Double
        let ttl: SimTime?
        let invalidate: Bool, coalesce: Bool
        let dbMs: Double
        let end: SimTime
    }

    let setup: Setup
    let popularity: ZipfDistribution
    var random: RandomSource
    var requests: PoissonArrivals, writes: PoissonArrivals?
    var caches: [LRUCache]
    var versions: [Int]
    var inFlight: [Int: Int] = [:]          // key → waiting requests
    var hits: [Int], lookups: [Int]
    var reads = 0, dbReads = 0, duplicateDBReads = 0, staleReads = 0, coalesced = 0
    var latency = LatencyRecorder()
    var dbPerSecond = TimeSeries(interval: .seconds(1))

    init(setup: Setup, seed: UInt64) {
        var root = RandomSource(seed: seed)
        self.setup = setup
        popularity = ZipfDistribution(count: setup.keys, exponent: setup.skew)
        requests = PoissonArrivals(profile: .constant(perSecond: setup.rate), random: root.fork())
        writes = setup.writeRate > 0 ? PoissonArrivals(profile: .constant(perSecond: setup.writeRate), random: root.fork()) : nil
        random = root.fork()
        caches = setup.tiers.map { LRUCache(capacity: $0.capacity) }
        versions = [Int](repeating: 0, count: setup.keys)
        hits = setup.tiers.map { _ in 0 }
        lookups = hits
    }

    var expiry: SimTime { setup.ttl ?? SimTime(nanoseconds: .max / 2) }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        switch event {
        case .request:
            let next = requests.next(after: now)
            if next < setup.end { scheduler.schedule(.request, at: next) }
            read(popularity.sample(using: &random), at: now, scheduler: &scheduler)
        case .write:
            if let next = writes?.next(after: now), next < setup.end { scheduler.schedule(.write, at: next) }
            let key = popularity.sample(using: &random)
            versions[key] += 1
            if setup.invalidate { for tier in caches.indices { caches[tier].remove(key) } }
        case .fetched(let key, let version, let tierFill):
            for tier in 0..<tierFill { caches[tier].put(key, version: version, expires: now + expiry) }
            inFlight[key] = nil
        }
    }

    private mutating func read(_ key: Int, at now: SimTime, scheduler: inout Scheduler<Event>) {
        reads += 1
        var spent = 0.0
        for tier in caches.indices {
            lookups[tier] += 1
            spent += setup.tiers[tier].hitMs
            if let version = caches[tier].get(key, at: now) {
                hits[tier] += 1
                if version < versions[key] { staleReads += 1 }
                for upper in 0..<tier { caches[upper].put(key, version: version, expires: now + expiry) }
                latency.record(.milliseconds(spent))
                return
            }
        }
        latency.record(.milliseconds(spent + setup.dbMs))
        if let waiting = inFlight[key], setup.coalesce {
            inFlight[key] = waiting + 1
            coalesced += 1
            return
        }
        if inFlight[key] != nil { duplicateDBReads += 1 }
        inFlight[key, default: 0] += 1
        dbReads += 1
        dbPerSecond.add(1, at: now)
        scheduler.schedule(.fetched(key: key, version: versions[key], tierFill: caches.count), after: .milliseconds(setup.dbMs))
    }
}
