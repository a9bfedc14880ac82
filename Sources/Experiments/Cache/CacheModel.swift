import MiniCluster

/// Cache-aside over tiers of LRU caches in front of a database: reads look tier by tier and fill
/// the tiers on the way back; a miss everywhere reads the database, which takes time, so requests
/// for the same key can pile up (a stampede) unless they wait for the one read in flight.
///
/// Assumptions: requests are independent draws from a Zipf popularity (no sessions, no time of
/// day); a tier may have several instances (CDN edges, one local cache per app server) and each
/// read goes to one at random; a copy filled from a lower tier keeps that copy's expiry; a write
/// deletes every cached copy at once, but a database read that began before it still fills the
/// caches with the old version when it returns (the read-then-fill race). Hops cost fixed times.
struct CacheModel: SimulationModel {
    enum Event {
        case request
        case write
        /// A database read of `key` returns `version`; `path` holds the instance used at each tier.
        case fetched(key: Int, version: Int, path: InstancePath)
    }

    /// One tier: `instances` caches of `capacity` items, reached `reachMs` after the previous stop.
    struct Tier {
        let name: String
        let capacity: Int
        let instances: Int
        var reachMs: Double
    }

    struct Setup {
        let tiers: [Tier]
        let keys: Int, skew: Double
        let rate: Double, writeRate: Double
        let ttl: SimTime?
        let invalidate: Bool, coalesce: Bool
        let dbMs: Double
        let end: SimTime
    }

    /// The first second is the cold start: every key misses once, whatever the TTL.
    static let warmUp = SimTime.seconds(1)
    static let spikeInterval = SimTime.milliseconds(100)

    let setup: Setup
    let popularity: ZipfDistribution
    var random: RandomSource
    var requests: ArrivalStream, writes: ArrivalStream?
    var caches: [[LRUCache]]
    var versions: [Int]
    /// Per key, the requests waiting on its database read (0: none in flight).
    var inFlight: [Int]
    var hits: [Int], lookups: [Int]
    var reads = 0, dbReads = 0, duplicateDBReads = 0, staleReads = 0, coalesced = 0
    var latency: BatchedLatency
    /// 1 per read some tier answered, 0 per miss, in batches for the hit ratio's interval.
    var hitBatches = BatchMeans()
    var dbPerSpike = TimeSeries(interval: Self.spikeInterval)

    init(setup: Setup, seed: UInt64) {
        var root = RandomSource(seed: seed)
        self.setup = setup
        popularity = ZipfDistribution.shared(count: setup.keys, exponent: setup.skew)
        requests = ArrivalStream(profile: .constant(perSecond: setup.rate), random: root.fork(), until: setup.end)
        writes =
            setup.writeRate > 0
            ? ArrivalStream(profile: .constant(perSecond: setup.writeRate), random: root.fork(), until: setup.end) : nil
        random = root.fork()
        caches = setup.tiers.map { tier in (0..<tier.instances).map { _ in LRUCache(capacity: tier.capacity) } }
        versions = [Int](repeating: 0, count: setup.keys)
        inFlight = versions
        hits = setup.tiers.map { _ in 0 }
        lookups = hits
        latency = BatchedLatency(expected: max(1, Int(setup.rate * setup.end.seconds)))
    }

    var expiry: SimTime { setup.ttl ?? SimTime(nanoseconds: .max / 2) }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        switch event {
        case .request:
            requests.arrive(.request, scheduler: &scheduler)
            read(popularity.sample(using: &random), at: now, scheduler: &scheduler)
        case .write:
            writes?.arrive(.write, scheduler: &scheduler)
            let key = popularity.sample(using: &random)
            versions[key] += 1
            if setup.invalidate {
                for tier in caches.indices {
                    for instance in caches[tier].indices { caches[tier][instance].remove(key) }
                }
            }
        case .fetched(let key, let version, let path):
            fill(key, version: version, expires: now + expiry, path: path)
            inFlight[key] = 0
        }
    }

    private mutating func fill(_ key: Int, version: Int, expires: SimTime, path: InstancePath) {
        for tier in 0..<path.count {
            caches[tier][path[tier]].put(key, version: version, expires: expires)
        }
    }

    private mutating func read(_ key: Int, at now: SimTime, scheduler: inout Scheduler<Event>) {
        reads += 1
        var spent = 0.0
        var path = InstancePath()
        for tier in caches.indices {
            let instance = caches[tier].count == 1 ? 0 : Int(random.next() % UInt64(caches[tier].count))
            path.append(instance)
            lookups[tier] += 1
            spent += setup.tiers[tier].reachMs
            if let copy = caches[tier][instance].lookup(key, at: now) {
                hits[tier] += 1
                if copy.version < versions[key] { staleReads += 1 }
                fill(key, version: copy.version, expires: copy.expires, path: path.droppingLast())
                hitBatches.add(1)
                latency.record(.milliseconds(spent))
                return
            }
        }
        latency.record(.milliseconds(spent + setup.dbMs))
        hitBatches.add(0)

        readDatabase(key, path: path, at: now, scheduler: &scheduler)
    }

    private mutating func readDatabase(
        _ key: Int, path: InstancePath, at now: SimTime, scheduler: inout Scheduler<Event>
    ) {
        if inFlight[key] > 0, setup.coalesce {
            inFlight[key] += 1
            coalesced += 1
            return
        }
        if inFlight[key] > 0 { duplicateDBReads += 1 }
        inFlight[key] += 1
        dbReads += 1
        dbPerSpike.add(1, at: now)
        scheduler.schedule(.fetched(key: key, version: versions[key], path: path), after: .milliseconds(setup.dbMs))
    }
}
