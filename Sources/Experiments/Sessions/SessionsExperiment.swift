import MiniCluster

/// `sessions`: only stateless servers scale out freely; sticky sessions die with their server.
package struct SessionsExperiment: Experiment {
    package init() {}

    package let id = "sessions"
    package let section = "2.1"
    package let summary = Localized(
        en: "Sticky sessions vs a shared session store: a crash, a new server, and the load balance",
        ko: "스티키 세션과 공유 세션 저장소: 서버 장애, 새 서버, 부하 균형")
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let mode = ParameterKey<String>(
            "mode", choices: ["sticky", "stateless"], default: "sticky",
            Localized(
                en: "sticky: sessions in server memory; stateless: in a shared store",
                ko: "sticky: 서버 메모리의 세션, stateless: 공유 저장소의 세션"))
        static let servers = ParameterKey<Int>(
            "servers", 2...64, default: 3, Localized(en: "servers at the start", ko: "처음 서버 수"))
        static let logins = ParameterKey<Double>(
            "logins", 0.1...10_000, default: 5, unit: "sessions/s",
            Localized(en: "new sessions per second", ko: "초당 새 세션"))
        static let session = ParameterKey<Double>(
            "session", 1...36_000, default: 300, unit: "s", Localized(en: "mean session length", ko: "평균 세션 길이"))
        static let think = ParameterKey<Double>(
            "think", 0.01...3600, default: 2, unit: "s",
            Localized(en: "mean time between a user's requests", ko: "사용자 요청 사이의 평균 간격"))
        static let crashAt = ParameterKey<Double>(
            "crash_at", 0...36_000, default: 120, unit: "s",
            Localized(en: "when server 2 crashes (0: never)", ko: "서버 2가 죽는 시각 (0: 안 죽음)"))
        static let addAt = ParameterKey<Double>(
            "add_at", 0...36_000, default: 180, unit: "s",
            Localized(en: "when a new server joins (0: never)", ko: "새 서버가 합류하는 시각 (0: 안 함)"))
        static let detect = ParameterKey<Double>(
            "detect", 0...600, default: 3, unit: "s",
            Localized(
                en: "health-check delay before the balancer avoids a dead server", ko: "로드 밸런서가 죽은 서버를 피하기까지의 상태 확인 지연")
        )
        static let seconds = ParameterKey<Double>(
            "seconds", 1...36_000, default: 300, unit: "s", Localized(en: "length of the run", ko: "실행 길이"))
    }

    package let parameters = [
        Key.mode.spec, Key.servers.spec, Key.logins.spec, Key.session.spec, Key.think.spec,
        Key.crashAt.spec, Key.addAt.spec, Key.detect.spec, Key.seconds.spec
    ]
    package let sweepPlot = SweepPlot(x: Key.servers.name, y: ["sessions_lost_pct"])
    package let sizeParameter: String? = Key.seconds.name
    package let assumptions = Localized(
        en:
            "Poisson logins; exponential session lengths and think times; the balancer sends round robin over the servers it believes are up and learns of a crash only after the health-check delay (detect), so requests sent to the dead server in that window fail; sticky sessions live in one server's memory and die with it (their users log in again); the shared store never fails and costs nothing; requests take no time. The sticky and stateless designs run on the same seed, each within half the event budget.",
        ko:
            "로그인은 포아송 도착이고 세션 길이와 생각 시간은 지수 분포입니다. 로드 밸런서는 살아 있다고 믿는 서버에 라운드 로빈으로 보내며, 상태 확인 지연(detect)이 지나서야 장애를 알아채므로 그 사이 죽은 서버로 간 요청은 실패합니다. 스티키 세션은 서버 한 대의 메모리에 있어 서버와 함께 사라지고(사용자는 다시 로그인), 공유 저장소는 고장 나지 않고 비용도 없습니다. 요청 처리 시간은 0입니다. sticky와 stateless는 같은 시드로 각각 이벤트 한도의 절반 안에서 실행합니다."
    )

    /// The seconds that fit in `budget` events: about `logins × t × (2 + min(session, t) / think)` by time `t`.
    static func horizon(_ values: ParameterValues, budget: Int) -> Double {
        let logins = values[Key.logins]
        let session = values[Key.session]
        let think = values[Key.think]
        func events(_ t: Double) -> Double { logins * t * (2 + min(session, t) / think) + t }
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
        let seconds = Self.horizon(values, budget: control.eventBudget / 2)
        let sticky = try simulate(values, sticky: true, seconds: seconds, seed: seed, control: control)
        let stateless = try simulate(values, sticky: false, seconds: seconds, seed: seed, control: control)
        return SessionsOutcome(sticky: sticky, stateless: stateless, chosenSticky: values[Key.mode] == "sticky")
            .report(values: values)
    }

    private func simulate(
        _ values: ParameterValues, sticky: Bool, seconds: Double, seed: UInt64,
        control: RunControl
    ) throws -> SessionsModel {
        let end = SimTime.seconds(seconds)
        func time(_ key: ParameterKey<Double>) -> SimTime? { values[key] > 0 ? .seconds(values[key]) : nil }
        let setup = SessionsModel.Setup(
            sticky: sticky, servers: values[Key.servers], sessionRate: values[Key.logins],
            sessionSeconds: values[Key.session], thinkSeconds: values[Key.think],
            crashAt: time(Key.crashAt), addAt: time(Key.addAt), detection: .seconds(values[Key.detect]), end: end)
        var simulation = Simulation(model: SessionsModel(setup: setup, seed: seed))
        simulation.scheduler.schedule(.newSession, at: .zero)
        if let crash = setup.crashAt, crash < end {
            simulation.scheduler.schedule(.crash, at: crash)
            simulation.scheduler.schedule(.detect, at: crash + setup.detection)
        }
        if let add = setup.addAt, add < end { simulation.scheduler.schedule(.add, at: add) }
        try simulation.run(until: end, control: control)
        return simulation.model
    }
}
