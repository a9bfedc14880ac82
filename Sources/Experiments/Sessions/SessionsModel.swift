import MiniCluster

/// Users with sessions behind a load balancer. Sticky: a session lives in one server's memory and
/// all its requests go there. Stateless: sessions live in a shared store and any server answers.
/// One server crashes (noticed after a health-check interval), later a new server joins.
struct SessionsModel: SimulationModel {
    enum Event {
        case newSession
        case request(session: Int)
        case endSession(session: Int)
        case crash, detect, add
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
    }

    let setup: Setup
    var random: RandomSource
    var arrivals: PoissonArrivals
    var home: [Int: Int] = [:]
    var alive: Set<Int> = []
    var nextSession = 0
    var up: [Bool]
    var routable: [Bool]
    var roundRobin = 0
    var lost = 0, activeAtCrash = 0, onCrashedAtCrash = 0, failed = 0, relogins = 0
    var perServer: [TimeSeries]
    var newServerRequests = 0, requestsAfterAdd = 0
    /// Whether server 2 crashed in the run, and the requests sent while the balancer had not noticed yet.
    var crashed = false, windowRequests = 0
    var events = 0

    init(setup: Setup, seed: UInt64) {
        var root = RandomSource(seed: seed)
        self.setup = setup
        arrivals = PoissonArrivals(profile: .constant(perSecond: setup.sessionRate), random: root.fork())
        random = root.fork()
        up = [Bool](repeating: true, count: setup.servers)
        routable = up
        candidates = Array(up.indices)
        perServer = (0...setup.servers).map { _ in TimeSeries(interval: .seconds(1)) }
    }

    /// The servers the balancer believes are up, kept in step with `routable`.
    var candidates: [Int] = []

    /// The next server the balancer picks, round robin over those it believes are up.
    mutating func pick() -> Int {
        roundRobin += 1
        return candidates[roundRobin % candidates.count]
    }

    mutating func handle(_ event: Event, scheduler: inout Scheduler<Event>) {
        let now = scheduler.now
        events += 1
        switch event {
        case .newSession:
            let next = arrivals.next(after: now)
            if next < setup.end { scheduler.schedule(.newSession, at: next) }
            start(at: now, scheduler: &scheduler)
        case .request(let session):
            guard alive.contains(session) else { return }
            serve(session, at: now, scheduler: &scheduler)
        case .endSession(let session):
            alive.remove(session)
        case .crash:
            up[1] = false
            crashed = true
            activeAtCrash = alive.count
            if setup.sticky {
                let victims = alive.filter { home[$0] == 1 }
                onCrashedAtCrash = victims.count
                lost = victims.count
                alive.subtract(victims)
                for _ in victims { start(at: now, scheduler: &scheduler, relogin: true) }
            } else {
                onCrashedAtCrash = alive.count / setup.servers
            }
        case .detect:
            routable[1] = false
            candidates.removeAll { $0 == 1 }
        case .add:
            up.append(true)
            routable.append(true)
            candidates.append(routable.count - 1)
        }
    }

    private mutating func start(at now: SimTime, scheduler: inout Scheduler<Event>, relogin: Bool = false) {
        let session = nextSession
        nextSession += 1
        alive.insert(session)
        home[session] = pick()
        let length = Distribution.exponential(mean: setup.sessionSeconds).sample(using: &random)
        scheduler.schedule(.endSession(session: session), after: .seconds(length))
        scheduler.schedule(.request(session: session), after: .seconds(relogin ? 0.001 : 0))
    }

    private mutating func serve(_ session: Int, at now: SimTime, scheduler: inout Scheduler<Event>) {
        if setup.sticky, let pinned = home[session], !up[pinned], !routable[pinned] {
            home[session] = pick()  // pinned to a dead server the balancer now avoids: log in again
            relogins += 1
        }
        let server = setup.sticky ? home[session] ?? 0 : pick()
        if crashed && routable[1] { windowRequests += 1 }
        if up.indices.contains(server), up[server] {
            perServer[server].add(1, at: now)
            if let addAt = setup.addAt, now >= addAt, now < addAt + .seconds(10) {
                requestsAfterAdd += 1
                if server == setup.servers { newServerRequests += 1 }
            }
        } else {
            failed += 1
        }
        let think = Distribution.exponential(mean: setup.thinkSeconds).sample(using: &random)
        scheduler.schedule(.request(session: session), after: .seconds(think))
    }
}
