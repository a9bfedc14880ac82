import MiniCluster

/// `load`: response time explodes as utilisation nears 1 (M/M/c, Erlang C, Little's law).
package struct LoadExperiment: Experiment {
    package init() {}

    package let id = "load"
    package let section = "1.1"
    package let summary = Localized(
        en: "Utilisation vs response time: why latency explodes near 100% busy",
        ko: "사용률과 응답 시간: 서버가 100%에 가까워지면 지연이 폭증하는 이유")
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let servers = ParameterKey<Int>(
            "servers", 1...256, default: 4,
            Localized(en: "workers serving one shared queue", ko: "하나의 대기열을 함께 처리하는 작업자 수"))
        static let rate = ParameterKey<Double>(
            "rate", 1...10_000_000, default: 3200, unit: "req/s",
            Localized(en: "arrival rate (Poisson)", ko: "요청 도착률 (포아송)"))
        static let service = ParameterKey<Double>(
            "service", 0.001...10_000, default: 1, unit: "ms",
            Localized(en: "mean service time (exponential)", ko: "평균 처리 시간 (지수 분포)"))
        static let requests = ParameterKey<Int>(
            "requests", 100...5_000_000, default: 500_000,
            Localized(en: "requests to simulate", ko: "시뮬레이션할 요청 수"))
    }

    package let parameters = [Key.servers.spec, Key.rate.spec, Key.service.spec, Key.requests.spec]
    package let sweepPlot = SweepPlot(x: "utilization", y: ["mean_response_ms", "p99_ms"])
    package let sizeParameter: String? = Key.requests.name
    package let assumptions = Localized(
        en:
            "Poisson arrivals, exponential service times, one FIFO queue without a limit or timeouts shared by identical workers (M/M/c); the first 2% of requests warm the system up and are not measured; intervals are batch means over 10 batches of consecutive requests.",
        ko:
            "포아송 도착, 지수 분포 처리 시간, 같은 작업자들이 함께 쓰는 한도·타임아웃 없는 FIFO 대기열 하나(M/M/c)입니다. 처음 2%의 요청은 시스템을 데우는 데 쓰고 측정하지 않습니다. 구간은 연속된 요청 10묶음의 배치 평균입니다."
    )

    /// A rate sweep goes from 10% to 97% of capacity, where the hockey stick shows.
    package func sweepRange(for parameter: String, base: ParameterValues) -> ClosedRange<Double>? {
        guard parameter == Key.rate.name else { return nil }
        let capacity = Double(base[Key.servers]) * 1000 / base[Key.service]
        return (0.1 * capacity)...(0.97 * capacity)
    }

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let servers = values[Key.servers]
        let rate = values[Key.rate]
        let serviceMs = values[Key.service]
        var simulation = Simulation(
            model: LoadModel(
                servers: servers, rate: rate, serviceMs: serviceMs,
                requests: Int(control.horizon(asked: Double(values[Key.requests]), eventsPerUnit: 2)), seed: seed))
        simulation.model.arrivals.start(.arrival, scheduler: &simulation.scheduler)
        try simulation.run(control: control)
        let outcome = LoadOutcome(simulation: simulation, servers: servers, rate: rate, serviceMs: serviceMs)
        return outcome.report(values: values)
    }
}
