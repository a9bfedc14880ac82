import MiniCluster

/// `retry`: backoff with jitter avoids retry storms (AWS "Exponential Backoff And Jitter").
package struct RetryExperiment: Experiment {
    package init() {}

    package let id = "retry"
    package let section = "3.1"
    package let summary = Localized(
        en: "Retry with backoff and jitter: how many calls a herd of clients makes, and how fast it finishes",
        ko: "백오프와 지터를 쓴 재시도: 한꺼번에 몰린 클라이언트가 얼마나 많이 호출하고 얼마나 빨리 끝내는지")
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let policy = ParameterKey<String>(
            "policy", choices: RetryPolicy.allCases.map(\.rawValue), default: "exponential",
            Localized(en: "policy charted (the table runs them all)", ko: "그래프로 볼 정책 (표에는 모든 정책을 실행합니다)"))
        static let clients = ParameterKey<Int>(
            "clients", 1...10_000, default: 200,
            Localized(
                en: "clients, each with one piece of work, all starting at once", ko: "동시에 시작하는 클라이언트 수 (각자 작업 하나)"))
        static let capacity = ParameterKey<Double>(
            "capacity", 1...1_000_000, default: 1000, unit: "calls/s",
            Localized(
                en: "calls the resource accepts per second; it rejects the rest", ko: "자원이 초당 받아 주는 호출 수, 나머지는 거절합니다"))
        static let base = ParameterKey<Double>(
            "base", 0...60_000, default: 10, unit: "ms",
            Localized(en: "first backoff", ko: "첫 백오프 시간"))
        static let cap = ParameterKey<Double>(
            "cap", 0...60_000, default: 1000, unit: "ms",
            Localized(en: "longest backoff", ko: "가장 긴 백오프 시간"))
        static let maxAttempts = ParameterKey<Int>(
            "max_attempts", 1...100, default: 30,
            Localized(en: "calls per piece of work before the client gives up", ko: "클라이언트가 포기하기 전까지 작업 하나에 하는 호출 수"))
        static let budget = ParameterKey<Double>(
            "budget", 0...1, default: 1,
            Localized(
                en: "retry budget: retries may be at most this fraction of all calls (1 = no limit)",
                ko: "재시도 예산: 전체 호출 중 재시도가 차지할 수 있는 최대 비율 (1이면 제한 없음)"))
        static let rejectCost = ParameterKey<Double>(
            "reject_cost", 0...1, default: 0.2,
            Localized(
                en: "work a rejected call costs the resource, as a share of a served call's",
                ko: "거절한 호출이 자원에 드는 일, 처리한 호출 대비 비율"))
        static let outageAt = ParameterKey<Double>(
            "outage_at", 0...3600, default: 0, unit: "s",
            Localized(en: "when the resource goes down", ko: "자원이 멈추는 시각"))
        static let outage = ParameterKey<Double>(
            "outage", 0...3600, default: 0, unit: "s",
            Localized(en: "how long it stays down (0: no outage)", ko: "멈춰 있는 시간 (0이면 멈추지 않음)"))
        static let replications = ParameterKey<Int>(
            "replications", 2...200, default: 5,
            Localized(
                en:
                    "independent herds per policy, each with its own random stream; their spread gives the 95% intervals",
                ko: "정책마다 돌리는 독립된 클라이언트 무리 수 (무리마다 난수열이 따로이고, 그 편차로 95% 구간을 구합니다)"))
    }

    package let parameters = [
        Key.policy.spec, Key.clients.spec, Key.capacity.spec, Key.base.spec, Key.cap.spec,
        Key.maxAttempts.spec, Key.budget.spec, Key.rejectCost.spec, Key.outageAt.spec, Key.outage.spec,
        Key.replications.spec
    ]
    package let sweepPlot = SweepPlot(x: Key.clients.name, y: ["amplification", "completion_s"])
    package let assumptions = Localized(
        en:
            "A herd of clients, each with one piece of work, calls at time 0. The resource works through its backlog at capacity calls per second and admits a call while that backlog is under 10 ms; a rejected call still costs it reject_cost of a served call's work, so rejected retries slow everyone. Answers take about 2 ms on the network; the resource refuses at no cost while it is down. Backoff follows the AWS article \"Exponential Backoff and Jitter\"; every policy runs on the same herd, each within an equal share of the event budget. The herd is one-shot, so the intervals come from `replications` independent herds (mean ± t-interval), not from batch means.",
        ko:
            "작업을 하나씩 가진 클라이언트 무리가 시각 0에 호출합니다. 자원은 초당 capacity건의 속도로 밀린 일을 처리하고, 밀린 일이 10 ms 미만일 때만 호출을 받습니다. 거절한 호출에도 처리한 호출의 reject_cost만큼 일이 들어서, 거절된 재시도가 모두를 느리게 합니다. 응답은 네트워크에서 약 2 ms 걸리고, 자원이 멈춘 동안의 거절에는 비용이 없습니다. 백오프는 AWS 글 \"Exponential Backoff and Jitter\"를 따르며, 모든 정책이 같은 무리에 대해 이벤트 한도를 똑같이 나눠 실행됩니다. 무리는 한 번으로 끝나므로 구간은 배치 평균이 아니라 서로 독립된 무리 `replications`개(평균 ± t 구간)에서 구합니다."
    )

    package let sizeParameter: String? = Key.replications.name

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let seeds = Self.replicationSeeds(seed, count: values[Key.replications])
        let herds = try ParallelRuns.map(seeds.count, control: control) { replication, part in
            try herd(values, seed: seeds[replication], control: part)
        }
        let chosen = RetryPolicy(rawValue: values[Key.policy]) ?? .exponential
        return RetryOutcome(herds: herds, chosen: chosen).report()
    }

    /// One seed per replication, derived from the run's seed: replication r always gets the same stream.
    static func replicationSeeds(_ seed: UInt64, count: Int) -> [UInt64] {
        var root = RandomSource(seed: seed)
        return (0..<count).map { _ in root.next() }
    }

    /// Every policy on one herd; the policies share the herd's seed (common random numbers).
    private func herd(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> RetryHerd {
        let budget = RunBudget(control, runs: RetryPolicy.allCases.count)
        var herd = RetryHerd()
        for policy in RetryPolicy.allCases {
            herd.runs.append(try simulate(values, policy: policy, seed: seed, budget: budget, cost: &herd.cost))
        }
        return herd
    }

    private func simulate(
        _ values: ParameterValues, policy: RetryPolicy, seed: UInt64, budget: RunBudget,
        cost: inout RunCost
    ) throws -> RetryModel {
        let outageStart = SimTime.seconds(values[Key.outageAt])
        let setup = RetryModel.Setup(
            clients: values[Key.clients], capacity: values[Key.capacity], policy: policy,
            baseMs: values[Key.base], capMs: max(values[Key.cap], values[Key.base]),
            maxAttempts: values[Key.maxAttempts], budget: values[Key.budget], rejectCost: values[Key.rejectCost],
            outage: outageStart..<(outageStart + .seconds(values[Key.outage])))
        var simulation = Simulation(model: RetryModel(setup: setup, seed: seed))
        for client in 0..<setup.clients { simulation.scheduler.schedule(.attempt(client: client), at: .zero) }
        let cut = try budget.run(&simulation)
        cost.add(simulation, cut: cut)
        return simulation.model
    }
}

/// One replication of `retry`: a run of every policy on the same herd, and what they cost.
struct RetryHerd: Sendable {
    var runs: [RetryModel] = []
    var cost = RunCost()

    func run(_ policy: RetryPolicy) -> RetryModel {
        guard let run = runs.first(where: { $0.setup.policy == policy }) else {
            preconditionFailure("no run of \(policy)")
        }
        return run
    }
}
