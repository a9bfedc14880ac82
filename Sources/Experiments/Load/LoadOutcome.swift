import MiniCluster

/// The measured numbers of one `load` run next to what M/M/c theory predicts.
struct LoadOutcome {
    let utilization: Double
    let meanWaitMs: Estimate
    let meanResponseMs: Estimate
    let p50Ms: Estimate
    let p99Ms: Estimate
    let throughput: Double
    let meanInSystem: Double
    let events: Int
    let offeredUtilization: Double
    let theoryWaitMs: Double?
    let serviceMs: Double
    let responses: LatencyRecorder
    let simulatedRequests: Int

    init(simulation: Simulation<LoadModel>, servers: Int, rate: Double, serviceMs: Double) {
        let model = simulation.model
        let elapsed = Double(max((simulation.scheduler.now - model.measuredFrom).nanoseconds, 1))
        utilization = model.busyTime / (Double(servers) * elapsed)
        meanWaitMs = model.waits.estimate
        meanResponseMs = model.responses.meanMilliseconds
        let percentiles = model.responses.percentilesMilliseconds([50, 99])
        (p50Ms, p99Ms) = (percentiles[0], percentiles[1])
        throughput = Double(model.responses.count) / (elapsed / 1e9)
        meanInSystem = model.areaInSystem / elapsed
        events = simulation.scheduler.handled
        offeredUtilization = QueueingTheory.utilization(
            arrivalRate: rate, serviceRate: 1000 / serviceMs, servers: servers)
        theoryWaitMs =
            offeredUtilization < 1
            ? QueueingTheory.meanWait(arrivalRate: rate, serviceRate: 1000 / serviceMs, servers: servers) * 1000 : nil
        self.serviceMs = serviceMs
        responses = model.responses.all
        simulatedRequests = model.requests
    }

    func report(values: ParameterValues) -> Report {
        let metrics = measuredMetrics(values: values) + theoryMetrics
        return Report(metrics: metrics, tables: [comparisonTable], charts: [histogram], findings: findings(metrics))
    }

    private func measuredMetrics(values: ParameterValues) -> [Metric] {
        [
            Metric("utilization", utilization, Localized(en: "utilisation", ko: "사용률")),
            Metric(
                "offered_utilization", offeredUtilization,
                Localized(
                    en: "offered load ρ = λ / (c μ); 1 or more is unstable", ko: "들어오는 부하 ρ = λ / (c μ), 1 이상이면 불안정")),
            Metric("mean_wait_ms", meanWaitMs, unit: "ms", Localized(en: "mean wait in queue", ko: "평균 대기 시간")),
            Metric("mean_response_ms", meanResponseMs, unit: "ms", Localized(en: "mean response time", ko: "평균 응답 시간")),
            Metric("p50_ms", p50Ms, unit: "ms", Localized(en: "median response", ko: "응답 시간 중앙값")),
            Metric("p99_ms", p99Ms, unit: "ms", Localized(en: "99th percentile response", ko: "응답 시간 99번째 백분위")),
            Metric("throughput_rps", throughput, unit: "req/s", Localized(en: "throughput", ko: "처리량")),
            Metric(
                "mean_in_system", meanInSystem, Localized(en: "mean requests in system (L)", ko: "시스템 안의 평균 요청 수 (L)")),
            Metric(
                "littles_law_l", throughput * meanResponseMs.mean / 1000,
                Localized(en: "λW: throughput × mean response", ko: "λW: 처리량 × 평균 응답 시간")),
            Metric(
                "response_over_service", meanResponseMs.mean / serviceMs,
                Localized(en: "mean response ÷ mean service time", ko: "평균 응답 ÷ 평균 처리 시간")),
            Metric("events", Double(events), Localized(en: "simulated events", ko: "처리한 이벤트 수")),
            Metric(
                "simulated_requests", Double(simulatedRequests),
                Localized(
                    en: "requests simulated (the event budget may cut the asked number)",
                    ko: "시뮬레이션한 요청 수 (이벤트 한도가 요청 수를 줄일 수 있음)")),
            Metric(
                "asked_requests", Double(values[LoadExperiment.Key.requests]),
                Localized(en: "requests asked for", ko: "요청한 요청 수"))
        ]
    }

    private var theoryMetrics: [Metric] {
        var metrics: [Metric] = []
        if let theoryWaitMs {
            metrics.append(
                Metric(
                    "erlang_c_wait_ms", theoryWaitMs, unit: "ms",
                    Localized(en: "M/M/c mean wait (Erlang C)", ko: "M/M/c 이론 평균 대기 (얼랭 C)")))
            if theoryWaitMs > 0 {
                metrics.append(
                    Metric(
                        "erlang_c_gap", abs(meanWaitMs.mean - theoryWaitMs) / theoryWaitMs,
                        Localized(en: "measured wait vs Erlang C, relative gap", ko: "측정 대기와 얼랭 C의 상대 차이")))
            }
        }
        return metrics
    }

    private var comparisonTable: ReportTable {
        func row(_ label: Localized, _ measured: String, _ theory: Localized) -> [Localized] {
            [label, Localized(verbatim: measured), theory]
        }
        let unstable = Localized(en: "≥ 1: unstable", ko: "1 이상: 불안정")
        func theory(_ value: Double?) -> Localized {
            value.map { Localized(verbatim: MetricText.format($0)) } ?? unstable
        }
        func measured(_ estimate: Estimate) -> String {
            MetricText.format(estimate.mean) + " ± " + MetricText.format(estimate.halfWidth)
        }
        return ReportTable(
            title: Localized(en: "Measured vs M/M/c theory", ko: "측정값과 M/M/c 이론값"),
            columns: [
                Localized(en: "quantity", ko: "항목"), Localized(en: "measured", ko: "측정"),
                Localized(en: "theory", ko: "이론")
            ],
            rows: [
                row(
                    Localized(en: "utilisation ρ", ko: "사용률 ρ"), MetricText.format(utilization),
                    offeredUtilization < 1 ? theory(offeredUtilization) : unstable),
                row(Localized(en: "mean wait (ms)", ko: "평균 대기 (ms)"), measured(meanWaitMs), theory(theoryWaitMs)),
                row(
                    Localized(en: "mean response (ms)", ko: "평균 응답 (ms)"), measured(meanResponseMs),
                    theory(theoryWaitMs.map { $0 + serviceMs })),
                row(
                    Localized(en: "in system L = λW", ko: "시스템 내 요청 L = λW"), MetricText.format(meanInSystem),
                    Localized(verbatim: MetricText.format(throughput * meanResponseMs.mean / 1000)))
            ])
    }

    private var histogram: Chart {
        let top = max(p99Ms.mean * 1.25, serviceMs)
        let edges = (0...8).map { top * Double($0) / 8 }
        let counts = responses.bucketCounts(edgesMilliseconds: edges)
        let bars = zip(edges, counts).map { edge, count in
            BarChart.Bar(
                Localized(verbatim: "\(MetricText.format(edge))–\(MetricText.format(edge + top / 8)) ms"), Double(count)
            )
        }
        return .bars(
            BarChart(
                title: Localized(en: "Response time distribution (requests)", ko: "응답 시간 분포 (요청 수)"),
                unit: "", bars: bars))
    }
}
