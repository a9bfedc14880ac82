import MiniCluster

/// `cap`: under a partition, CP refuses the cut-off side while AP answers with stale data and converges later.
package struct CapExperiment: Experiment {
    package init() {}

    package let id = "cap"
    package let section = "5.1"
    package let summary = Localized(
        en: "CAP under a partition: CP refuses, AP serves stale data and converges; R+W>N",
        ko: "분단 중의 CAP: CP는 거절하고, AP는 오래된 값으로 답한 뒤 수렴한다. R+W>N")
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let mode = ParameterKey<String>(
            "mode", choices: ["ap", "cp", "quorum"], default: "ap",
            Localized(
                en: "ap: R=W=1; cp: R=W=2 (majority); quorum: use r and w",
                ko: "ap: R=W=1, cp: R=W=2 (과반), quorum: r과 w 사용"))
        static let r = ParameterKey<Int>(
            "r", 1...3, default: 2, Localized(en: "replicas a read asks (quorum mode)", ko: "읽기가 묻는 복제본 수 (quorum 모드)"))
        static let w = ParameterKey<Int>(
            "w", 1...3, default: 2,
            Localized(en: "replicas a write waits for (quorum mode)", ko: "쓰기가 기다리는 복제본 수 (quorum 모드)"))
        static let rate = ParameterKey<Double>(
            "rate", 1...1000, default: 50, unit: "ops/s",
            Localized(en: "operations per second on each side", ko: "한쪽마다 초당 연산 수"))
        static let writes = ParameterKey<Double>(
            "writes", 0...1, default: 0.3, Localized(en: "share of operations that write", ko: "쓰기 연산의 비율"))
        static let lag = ParameterKey<Double>(
            "lag", 0...10_000, default: 50, unit: "ms",
            Localized(en: "delay before a copy reaches another replica", ko: "사본이 다른 복제본에 닿기까지의 지연"))
        static let at = ParameterKey<Double>(
            "at", 0...600, default: 10, unit: "s", Localized(en: "when the partition starts", ko: "분단이 시작되는 시각"))
        static let duration = ParameterKey<Double>(
            "duration", 0...600, default: 20, unit: "s", Localized(en: "how long it lasts", ko: "분단이 이어지는 시간"))
        static let seconds = ParameterKey<Double>(
            "seconds", 1...600, default: 60, unit: "s", Localized(en: "length of the run", ko: "실행 길이"))
    }

    package let parameters = [
        Key.mode.spec, Key.r.spec, Key.w.spec, Key.rate.spec, Key.writes.spec, Key.lag.spec,
        Key.at.spec, Key.duration.spec, Key.seconds.spec
    ]
    package let sweepPlot = SweepPlot(x: Key.lag.name, y: ["stale_read_pct"])
    package let sizeParameter: String? = Key.seconds.name
    package let assumptions = Localized(
        en:
            "Three replicas of one register; clients on side A (replicas 1 and 2) and side B (replica 3) send Poisson operations, a share of them writes. An operation needs r (reads) or w (writes) replicas it can reach, its own first; a write goes to w replicas at once and to the others through a network link that delays each copy by lag, holding copies for a cut-off replica until the partition heals. Versions are timestamps from one clock and the newest wins (last-writer-wins); the link loses nothing; operations are instantaneous. A run simulates at most the seconds that fit in its event budget.",
        ko:
            "레지스터 하나에 복제본이 셋입니다. A쪽(복제본 1, 2)과 B쪽(복제본 3)의 클라이언트가 포아송으로 연산을 보내고, 그중 일부가 쓰기입니다. 연산은 자기 복제본을 먼저 포함해 닿을 수 있는 복제본 r개(읽기) 또는 w개(쓰기)가 필요합니다. 쓰기는 w개의 복제본에 바로 가고, 나머지에는 사본마다 lag만큼 늦추는 네트워크 링크를 거쳐 가며, 끊긴 복제본으로 가는 사본은 분단이 풀릴 때까지 기다립니다. 버전은 하나의 시계에서 온 타임스탬프이고 가장 새것이 이깁니다 (LWW). 링크는 아무것도 잃지 않고, 연산은 즉시 끝납니다. 한 번의 실행은 이벤트 한도에 들어가는 시간까지만 시뮬레이션합니다."
    )

    /// R and W for a mode: AP one replica each, CP a majority each, quorum as given.
    static func quorum(_ values: ParameterValues) -> (reads: Int, writes: Int) {
        switch values[Key.mode] {
        case "ap": return (1, 1)
        case "cp": return (2, 2)
        default: return (values[Key.r], values[Key.w])
        }
    }

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let budget = RunBudget(control, runs: 3)
        let perSecond = 2 * values[Key.rate] * (1 + 2 * values[Key.writes])
        var cost = RunCost(
            askedSeconds: values[Key.seconds],
            simulatedSeconds: budget.seconds(asked: values[Key.seconds], eventsPerSecond: perSecond))
        let chosen = try simulate(values, quorum: Self.quorum(values), seed: seed, budget: budget, cost: &cost)
        var ap = values
        var cp = values
        ap.set(Key.mode, "ap")
        cp.set(Key.mode, "cp")
        let outcome = CapOutcome(
            chosen: chosen, ap: try simulate(ap, quorum: (1, 1), seed: seed, budget: budget, cost: &cost),
            cp: try simulate(cp, quorum: (2, 2), seed: seed, budget: budget, cost: &cost), values: values, cost: cost)
        return outcome.report()
    }

    private func simulate(
        _ values: ParameterValues, quorum: (reads: Int, writes: Int), seed: UInt64,
        budget: RunBudget, cost: inout RunCost
    ) throws -> CapModel {
        let start = SimTime.seconds(values[Key.at])
        let setup = CapModel.Setup(
            reads: quorum.reads, writes: quorum.writes, rate: values[Key.rate],
            writeShare: values[Key.writes], lag: .milliseconds(values[Key.lag]),
            partition: start..<(start + .seconds(values[Key.duration])),
            end: .seconds(cost.simulatedSeconds))
        var simulation = Simulation(model: CapModel(setup: setup, seed: seed))
        for side in 0..<2 {
            simulation.model.arrivals[side].start(.operation(side: side), scheduler: &simulation.scheduler)
        }
        if setup.partition.upperBound > setup.partition.lowerBound {
            simulation.scheduler.schedule(.partition, at: setup.partition.lowerBound)
            simulation.scheduler.schedule(.heal, at: setup.partition.upperBound)
        }
        let cut = try budget.run(&simulation)
        cost.add(simulation, cut: cut)

        return simulation.model
    }
}
