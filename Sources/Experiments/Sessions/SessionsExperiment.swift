import MiniCluster

/// `sessions`: only stateless servers scale out freely; sticky sessions die with their server;
/// the balancer's policy decides who waits behind a slow server and whose requests stay put.
package struct SessionsExperiment: Experiment {
    package init() {}

    package let id = "sessions"
    package let section = "2.1"
    package let summary = Localized(
        en: "Sticky sessions vs a shared session store: a crash, a new server, and the balancer's policy",
        ko: "스티키 세션과 공유 세션 저장소: 서버 장애, 새 서버, 로드 밸런서의 분배 방식")

    package let parameters = [
        Key.mode.spec, Key.policy.spec, Key.servers.spec, Key.logins.spec, Key.session.spec, Key.think.spec,
        Key.work.spec, Key.slow.spec, Key.crashAt.spec, Key.addAt.spec, Key.detect.spec, Key.seconds.spec
    ]
    package let sweepPlot = SweepPlot(x: Key.servers.name, y: ["sessions_lost_pct"])
    package let sizeParameter: String? = Key.seconds.name
    package let assumptions = Localized(
        en:
            "Poisson logins; exponential session lengths, think times and work times; a user sends the next request a think time after the last one, answered or not. The balancer picks among the servers it believes are up (round robin, fewest requests in flight with ties taken in turn, the less loaded of two drawn at random, or the owner of the session on a consistent-hash ring with 64 virtual nodes a server) and learns of a crash only after the health-check delay (detect), so requests sent to the dead server in that window fail, as do those it still held. A crashed machine answers nothing, not even a refusal: such a request fails after a 1 s connect timeout and counts as one of the dead server's connections until then, so least_conn does not take it for idle. Each server works on one request at a time, first come first served; server 1 works slow times longer. Sticky sessions live in one server's memory and die with it (their users log in again), and a sticky session counts as a connection of its server for least_conn and p2c; the shared store never fails and costs nothing. The sticky and stateless designs, and round robin beside another policy, run on the same seed, sharing the event budget.",
        ko:
            "로그인은 포아송 도착이고 세션 길이, 생각 시간, 처리 시간은 지수 분포입니다. 사용자는 응답과 관계없이 직전 요청에서 생각 시간만큼 지나 다음 요청을 보냅니다. 로드 밸런서는 살아 있다고 믿는 서버 가운데서 고르며(라운드 로빈, 처리 중인 요청이 가장 적은 서버 가운데 차례가 된 서버, 무작위로 뽑은 두 서버 중 덜 바쁜 쪽, 서버마다 가상 노드 64개인 일관 해싱 링에서 세션을 맡은 서버), 헬스 체크 지연(detect)이 지나서야 장애를 알아채므로 그 사이 죽은 서버로 간 요청과 그 서버가 처리하던 요청은 실패합니다. 죽은 서버는 연결을 거절하지도 않고 아무 응답이 없으므로, 그리로 간 요청은 1초 연결 타임아웃 뒤에 실패하고 그때까지 그 서버의 연결로 남습니다. 그래서 least_conn은 죽은 서버를 한가한 서버로 착각하지 않습니다. 서버는 요청을 한 번에 하나씩 도착 순서대로 처리하고, 서버 1은 slow배 오래 걸립니다. 스티키 세션은 서버 한 대의 메모리에 있어 서버와 함께 사라지고(사용자는 다시 로그인), least_conn과 p2c에서는 스티키 세션 하나를 그 서버의 연결 하나로 셉니다. 공유 저장소는 고장 나지 않고 비용도 없습니다. sticky와 stateless, 그리고 다른 분배 방식과 나란히 돌리는 라운드 로빈은 같은 시드로 이벤트 한도를 나눠 씁니다."
    )

    /// The seconds that fit in `budget` events: about `logins × t × (2 + r × min(session, t) / think)` by
    /// time `t`, with `r` events a request (2 when requests take time).
    static func horizon(_ values: ParameterValues, budget: Int) -> Double {
        let logins = values[Key.logins]
        let session = values[Key.session]
        let perRequest = values[Key.work] > 0 ? 2.0 : 1.0
        let think = values[Key.think]
        func events(_ t: Double) -> Double { logins * t * (2 + perRequest * min(session, t) / think) + t }
        let asked = values[Key.seconds]
        guard events(asked) > Double(budget) else { return asked }
        var low = 0.0
        var high = asked
        for _ in 0..<60 {
            let middle = (low + high) / 2
            if events(middle) > Double(budget) { high = middle } else { low = middle }
        }
        return max(low, 0.001)
    }

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        guard let policy = Balancer.Policy(rawValue: values[Key.policy]) else {
            preconditionFailure("policy \(values[Key.policy]) passed the parser but names no balancer policy")
        }
        let sticky = values[Key.mode] == "sticky"
        let runs = policy == .roundRobin ? 2 : 3
        let seconds = Self.horizon(values, budget: control.eventBudget / runs)
        func simulate(sticky: Bool, policy: Balancer.Policy) throws -> SessionsModel {
            try self.simulate(values, sticky: sticky, policy: policy, seconds: seconds, seed: seed, control: control)
        }
        let stickyRun = try simulate(sticky: true, policy: policy)
        let statelessRun = try simulate(sticky: false, policy: policy)
        let chosen = sticky ? stickyRun : statelessRun
        let baseline = policy == .roundRobin ? chosen : try simulate(sticky: sticky, policy: .roundRobin)
        return SessionsOutcome(sticky: stickyRun, stateless: statelessRun, chosenSticky: sticky, roundRobin: baseline)
            .report(values: values)
    }

    private func simulate(
        _ values: ParameterValues, sticky: Bool, policy: Balancer.Policy, seconds: Double, seed: UInt64,
        control: RunControl
    ) throws -> SessionsModel {
        let end = SimTime.seconds(seconds)
        func time(_ key: ParameterKey<Double>) -> SimTime? { values[key] > 0 ? .seconds(values[key]) : nil }
        let setup = SessionsModel.Setup(
            sticky: sticky, servers: values[Key.servers], sessionRate: values[Key.logins],
            sessionSeconds: values[Key.session], thinkSeconds: values[Key.think],
            crashAt: time(Key.crashAt), addAt: time(Key.addAt), detection: .seconds(values[Key.detect]), end: end,
            policy: policy, workMs: values[Key.work], slow: values[Key.slow])
        var simulation = Simulation(model: SessionsModel(setup: setup, seed: seed))
        simulation.model.arrivals.start(.newSession, scheduler: &simulation.scheduler)
        if let crash = setup.crashAt, crash < end { simulation.scheduler.schedule(.crash, at: crash) }
        if let add = setup.addAt, add < end { simulation.scheduler.schedule(.add, at: add) }
        try simulation.run(until: end, control: control)
        return simulation.model
    }
}
