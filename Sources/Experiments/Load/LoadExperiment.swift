import MiniCluster

/// `load`: response time explodes as utilisation nears 1 (M/M/c, Erlang C, Little's law).
package struct LoadExperiment: Experiment {
    package init() {}

    package let id = "load"
    package let section = "1.1"
    package let summary = Localized(en: "Utilisation vs response time: why latency explodes near 100% busy",
                                    ko: "사용률과 응답 시간: 서버가 100%에 가까워지면 지연이 폭증하는 이유")
    package let parameters = [
        ParameterSpec("servers", .integer(1...256), default: .integer(4),
                      Localized(en: "workers serving one shared queue", ko: "하나의 대기열을 함께 처리하는 작업자 수")),
        ParameterSpec("rate", .real(1...10_000_000), default: .real(3200), unit: "req/s",
                      Localized(en: "arrival rate (Poisson)", ko: "요청 도착률 (포아송)")),
        ParameterSpec("service", .real(0.001...10_000), default: .real(1), unit: "ms",
                      Localized(en: "mean service time (exponential)", ko: "평균 처리 시간 (지수 분포)")),
        ParameterSpec("requests", .integer(100...5_000_000), default: .integer(500_000),
                      Localized(en: "requests to simulate", ko: "시뮬레이션할 요청 수")),
    ]
    package let sweepPlot = SweepPlot(x: "utilization", y: ["mean_response_ms", "p99_ms"])
    package let sizeParameter: String? = "requests"
    package let assumptions = Localized(
        en: "Poisson arrivals, exponential service times, one FIFO queue without a limit or timeouts shared by identical workers (M/M/c); the first 2% of requests warm the system up and are not measured; intervals are batch means over 10 batches of consecutive requests.",
        ko: "포아송 도착, 지수 분포 처리 시간, 같은 작업자들이 함께 쓰는 한도·타임아웃 없는 FIFO 대기열 하나(M/M/c)입니다. 처음 2%의 요청은 시스템을 데우는 데 쓰고 측정하지 않습니다. 구간은 연속된 요청 10묶음의 배치 평균입니다.")

    /// A rate sweep goes from 10% to 97% of capacity, where the hockey stick shows.
    package func sweepRange(for parameter: String, base: ParameterValues) -> ClosedRange<Double>? {
        guard parameter == "rate" else { return nil }
        let capacity = Double(base.integer("servers")) * 1000 / base.real("service")
        return (0.1 * capacity)...(0.97 * capacity)
    }

    package func run(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let servers = values.integer("servers"), rate = values.real("rate"), serviceMs = values.real("service")
        var simulation = Simulation(model: LoadModel(servers: servers, rate: rate, serviceMs: serviceMs,
                                                     requests: Int(control.horizon(asked: Double(values.integer("requests")), eventsPerUnit: 2)), seed: seed))
        simulation.scheduler.schedule(.arrival, at: .zero)
        try simulation.run(control: control)
        let outcome = LoadOutcome(simulation: simulation, servers: servers, rate: rate, serviceMs: serviceMs)
        return outcome.report(experiment: self, values: values, seed: seed)
    }
}
