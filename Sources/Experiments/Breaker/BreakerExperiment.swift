import MiniCluster

/// `breaker`: a circuit breaker fails fast while a dependency is sick, so the rest of the service survives.
package struct BreakerExperiment: Experiment {
    package init() {}

    package let id = "breaker"
    package let section = "3.2"
    package let summary = Localized(
        en: "Circuit breaker: closed → open → half-open → closed, and the cascade it stops",
        ko: "서킷 브레이커: 닫힘 → 열림 → 반열림 → 닫힘, 그리고 브레이커가 막는 연쇄 장애")
    package let parameters = [
        Key.breaker.spec, Key.at.spec, Key.duration.spec, Key.failure.spec, Key.latency.spec,
        Key.seconds.spec, Key.rate.spec, Key.healthyRate.spec, Key.workers.spec, Key.timeout.spec,
        Key.clientTimeout.spec, Key.windowType.spec, Key.window.spec, Key.minCalls.spec, Key.failureThreshold.spec,
        Key.slowThreshold.spec, Key.slowMs.spec, Key.wait.spec, Key.halfOpenCalls.spec, Key.trace.spec,
        Key.gap.spec
    ]
    package let sweepPlot = SweepPlot(
        x: Key.latency.name, y: ["healthy_incident_success_on_pct", "healthy_incident_success_off_pct"])
    package let sizeParameter: String? = Key.seconds.name
    package let assumptions = Localized(
        en:
            "One service with a fixed pool of worker threads (and a queue of 200) serves a healthy endpoint and one that calls a dependency; arrivals are Poisson, work and latencies exponential or log-normal; a caller gives up after client_timeout. The breaker follows Resilience4j: it trips when a rate is at or above its threshold once the window holds min_calls calls, and half-open judges its trials after min(min_calls, half_open_calls) of them. Both runs (with and without the breaker) see the same arrivals; a run simulates at most the seconds that fit in its event budget.",
        ko:
            "서비스 하나가 고정된 작업 스레드 풀(대기열 200)로 건강한 엔드포인트와 의존 서비스를 부르는 엔드포인트를 처리합니다. 도착은 포아송, 작업 시간과 지연은 지수 또는 로그정규 분포이고, 호출자는 client_timeout이 지나면 포기합니다. 브레이커는 Resilience4j를 따릅니다. 윈도에 min_calls개가 쌓이면 비율이 임계치 이상일 때 열리고, 반열림은 min(min_calls, half_open_calls)개의 시험 호출 뒤에 판단합니다. 두 실행(브레이커 있음, 없음)은 같은 도착을 봅니다. 한 번의 실행은 이벤트 한도에 들어가는 시간까지만 시뮬레이션합니다."
    )

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let configuration = BreakerParameters.configuration(values)
        let trace = values[Key.trace]
        if !trace.isEmpty, let outcomes = CircuitBreaker.trace(trace) {
            var breaker = CircuitBreaker(configuration)
            let steps = breaker.replay(outcomes, gap: .milliseconds(values[Key.gap]))
            return BreakerTraceReport(steps: steps, breaker: breaker).report()
        }
        let budget = RunBudget(control, runs: 2)
        let perSecond = Self.eventsPerRequest * (values[Key.rate] + values[Key.healthyRate])
        var cost = RunCost(
            askedSeconds: values[Key.seconds],
            simulatedSeconds: budget.seconds(asked: values[Key.seconds], eventsPerSecond: perSecond))
        let with = try simulate(values, breaker: configuration, seed: seed, budget: budget, cost: &cost)
        let without = try simulate(values, breaker: nil, seed: seed, budget: budget, cost: &cost)
        return BreakerOutcome(with: with, without: without, values: values, cost: cost).report()
    }

    /// Events one request costs: its arrival, its dependency answer or work, and its completion.
    static let eventsPerRequest = 3.0

    private func simulate(
        _ values: ParameterValues, breaker: CircuitBreakerConfiguration?, seed: UInt64,
        budget: RunBudget, cost: inout RunCost
    ) throws -> BreakerModel {
        let start = SimTime.seconds(values[Key.at])
        let setup = BreakerModel.Setup(
            rates: (values[Key.healthyRate], values[Key.rate]), workers: values[Key.workers],
            callTimeout: .milliseconds(values[Key.timeout]), clientTimeout: .milliseconds(values[Key.clientTimeout]),
            incident: start..<(start + .seconds(values[Key.duration])), incidentFailure: values[Key.failure],
            incidentLatencyMs: values[Key.latency], end: .seconds(cost.simulatedSeconds), breaker: breaker)
        var simulation = Simulation(model: BreakerModel(setup: setup, seed: seed))
        for endpoint in [BreakerModel.Endpoint.healthy, .dependent] {
            simulation.model.arrivals[endpoint.rawValue].start(.arrival(endpoint), scheduler: &simulation.scheduler)
        }
        let cut = try budget.run(&simulation)
        cost.add(simulation, cut: cut)
        return simulation.model

    }
}
