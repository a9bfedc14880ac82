import MiniCluster

/// Users with sessions behind a load balancer. Sticky: a session lives in one server's memory and
/// all its requests go there. Stateless: sessions live in a shared store and the balancer picks a
/// server for every request. One server crashes (noticed after the health check's detection
/// delay), later a new server joins; each server answers one request at a time, server 1 slower.
struct SessionsModel: SimulationModel {
    enum Event {
        case newSession
        case request(session: Int)
        /// A request that took `latency` left `server`.
        case served(server: Int, latency: SimTime)
        /// A request sent to the dead `server` gave up after the connect timeout.
        case connectFailed(server: Int)
        case endSession(session: Int)
        case crash, add
    }

    struct Setup {
        let sticky: Bool
        let servers: Int
        let sessionRate: Double
        let sessionSeconds: Double
        let thinkSeconds: Double
        let crashAt: SimTime?, addAt: SimTime?
        let detection: SimTime
        let end: SimTime
        var policy = Balancer.Policy.roundRobin
        /// Mean milliseconds a server works on a request (0: requests take no time).
        var workMs = 0.0
        /// How many times longer server 1 works on each request.
        var slow = 1.0

        /// Where `kept` is counted: from the crash (or the start) until the new server (or the end).
        var keptWindow: Range<SimTime> {
            let from = crashAt.map { min($0, end) } ?? .zero
            return from..<max(from, min(addAt ?? end, end))
        }
    }

    /// The server that crashes (server 2).
    static let crashing = 1
    /// How long a request sent to the crashed server waits for a connection before it fails: a
    /// crashed machine answers nothing (no refusal), so the balancer counts the attempt open until then.
    static let connectTimeout = SimTime.seconds(1)

    let setup: Setup
    var random: RandomSource
    var arrivals: ArrivalStream
    var workRandom: RandomSource
    var pickRandom: RandomSource
    var balancer: Balancer
    /// Each session's server, by session number (sessions are numbered 0, 1, 2 ... as they start): its
    /// home when sticky, the server of its last request when stateless; nil before the first and after the end.
    // NB: arrays rather than a Dictionary and a Set: their hashing was 15% of the instructions of
    // `run sessions sweep=servers` (callgrind, 1.26 billion in all before this change).
    var home: [Int?] = []
    /// Whether each session (by number) is still live, and how many are.
    var alive: [Bool] = []
    var aliveCount = 0
    var up: [Bool]
    /// When each server finishes the requests it has taken.
    var freeAt: [SimTime]
    var latencies = LatencyRecorder()
    var lost = 0, activeAtCrash = 0, onCrashedAtCrash = 0, failed = 0, relogins = 0
    /// Requests in `keptWindow` whose session's previous server was still up, and those that went to it again.
    var comparable = 0, kept = 0
    var perServer: [TimeSeries]
    var newServerRequests = 0, requestsAfterAdd = 0
    /// Whether server 2 crashed in the run, and the requests sent while the balancer had not noticed yet.
    var crashed = false, windowRequests = 0
    var events = 0

    init(setup: Setup, seed: UInt64) {
        var root = RandomSource(seed: seed)
        self.setup = setup
        arrivals = ArrivalStream(
            profile: .constant(perSecond: setup.sessionRate), random: root.fork(), until: setup.end)
        random = root.fork()
        workRandom = root.fork()
        pickRandom = root.fork()
        balancer = Balancer(backends: setup.servers, policy: setup.policy, detectionDelay: setup.detection)
        up = [Bool](repeating: true, count: setup.servers)
        freeAt = [SimTime](repeating: .zero, count: setup.servers)
        perServer = (0...setup.servers).map { _ in TimeSeries(interval: .seconds(1)) }
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        events += 1
        switch event {
        case .newSession:
            arrivals.arrive(.newSession, scheduler: &scheduler)
            start(at: now, scheduler: &scheduler)
        case .request(let session):
            guard alive[session] else { return }
            serve(session, at: now, scheduler: &scheduler)
        case .served(let server, let latency):
            served(on: server, latency: latency)
        case .connectFailed(let server):
            balancer.finished(server)
        case .endSession(let session):
            guard alive[session] else { return }
            end(session)
        case .crash:
            crash(at: now, scheduler: &scheduler)
        case .add:
            up.append(true)
            freeAt.append(now)
            balancer.addBackend()
        }
    }

    /// Server 2 goes down; its sticky sessions are lost and their users log in again.
    private mutating func crash(at now: SimTime, scheduler: inout Scheduler<Event>) {
        up[Self.crashing] = false
        crashed = true
        balancer.backendFailed(Self.crashing, at: now)
        activeAtCrash = aliveCount
        guard setup.sticky else {
            onCrashedAtCrash = aliveCount / setup.servers
            return
        }
        let victims = alive.indices.filter { alive[$0] && home[$0] == Self.crashing }
        onCrashedAtCrash = victims.count
        lost = victims.count
        for victim in victims { end(victim) }
        for _ in victims { start(at: now, scheduler: &scheduler, relogin: true) }
    }

    /// `session` (live) ends; a sticky one stops counting as a connection of its server.
    private mutating func end(_ session: Int) {
        alive[session] = false
        aliveCount -= 1
        if setup.sticky, let server = home[session] { balancer.finished(server) }
        home[session] = nil
    }

    private mutating func start(at now: SimTime, scheduler: inout Scheduler<Event>, relogin: Bool = false) {
        let session = alive.count
        alive.append(true)
        aliveCount += 1
        home.append(setup.sticky ? pick(for: session, at: now) : nil)
        let length = Distribution.exponential(mean: setup.sessionSeconds).sample(using: &random)
        scheduler.schedule(.endSession(session: session), after: .seconds(length))
        scheduler.schedule(.request(session: session), after: .seconds(relogin ? 0.001 : 0))
    }

    /// The balancer's server for `session`, counted in flight until `balancer.finished`.
    mutating func pick(for session: Int, at now: SimTime) -> Int {
        guard let server = balancer.pick(at: now, key: UInt64(session), random: &pickRandom) else {
            preconditionFailure("no server believed up at \(now) of \(balancer.count)")
        }
        return server
    }
}
