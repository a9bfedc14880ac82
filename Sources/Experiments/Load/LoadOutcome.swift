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
        var metrics = [
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
        return Report(metrics: metrics, tables: [comparisonTable], charts: [histogram], findings: findings(metrics))
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

    private func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        list.say(
            "load.busy", when: MetricRef("mean_wait_ms") >= MetricRef("mean_response_ms") * 0.01,
            Localized(
                en:
                    "The servers were busy {utilization%}% of the time, and a request took {response_over_service}× its service time on average: the rest was waiting in line.",
                ko:
                    "서버는 시간의 {utilization%}% 동안 바빴고, 요청 하나는 평균적으로 처리 시간의 {response_over_service}배가 걸렸습니다. 나머지는 줄 서서 기다린 시간입니다."
            ))
        list.say(
            "load.no_wait", when: MetricRef("mean_wait_ms") < MetricRef("mean_response_ms") * 0.01,
            Localized(
                en:
                    "The servers were busy {utilization%}% of the time, and a request took {response_over_service}× its service time on average: almost no request had to wait.",
                ko:
                    "서버는 시간의 {utilization%}% 동안 바빴고, 요청 하나는 평균적으로 처리 시간의 {response_over_service}배가 걸렸습니다. 기다린 요청은 거의 없었습니다."
            ))
        if metrics.contains(where: { $0.name == "erlang_c_gap" }) {
            // NB: the clock ticks in nanoseconds, so a predicted wait under 1 ns (10⁻⁶ ms) cannot be measured.
            list.say(
                "load.erlang_c", when: MetricRef("offered_utilization") < 1 && MetricRef("erlang_c_wait_ms") >= 1e-6,
                Localized(
                    en:
                        "Erlang C predicts a mean wait of {erlang_c_wait_ms} ms; the simulation measured {mean_wait_ms} ms ({erlang_c_gap%}% apart).",
                    ko:
                        "얼랭 C 공식은 평균 대기 {erlang_c_wait_ms} ms를 예측하고, 시뮬레이션은 {mean_wait_ms} ms를 측정했습니다 (차이 {erlang_c_gap%}%)."
                ))
        }
        list.say(
            "load.unstable", when: MetricRef("offered_utilization") >= 1,
            Localized(
                en:
                    "Offered load is {offered_utilization%}% of capacity: the system is unstable, the queue grows without bound and waits keep rising for as long as the run lasts.",
                ko: "들어오는 부하가 처리 용량의 {offered_utilization%}%입니다. 시스템이 불안정해 대기열이 끝없이 늘어나고 실행이 길어질수록 대기 시간도 계속 커집니다."))
        list.say(
            "load.knee",
            when: MetricRef("utilization") > 0.85 && MetricRef("p99_ms").lower > MetricRef("p50_ms").upper * 2,
            Localized(
                en:
                    "Above about 85% busy, each extra percent of load costs far more latency than the last: p99 is {p99_ms} ms against a median of {p50_ms} ms. Add servers before you get here.",
                ko:
                    "사용률이 85%쯤을 넘으면 부하가 1%씩 늘 때마다 지연은 훨씬 크게 늘어납니다. 중앙값 {p50_ms} ms에 비해 p99가 {p99_ms} ms입니다. 여기에 닿기 전에 서버를 늘리세요."
            ))
        list.say(
            "load.little",
            Localized(
                en:
                    "Little's law: {throughput_rps} req/s × {mean_response_ms} ms = {littles_law_l} requests in the system on average (measured {mean_in_system}).",
                ko:
                    "리틀의 법칙: {throughput_rps} req/s × {mean_response_ms} ms = 평균 {littles_law_l}개의 요청이 시스템 안에 있습니다 (측정값 {mean_in_system})."
            ))
        list.say(
            "load.capped", when: MetricRef("simulated_requests") < MetricRef("asked_requests"),
            Localized(
                en:
                    "The run simulated {simulated_requests} of the {asked_requests} requests asked for: that is what fits in one run's event budget.",
                ko: "요청한 {asked_requests}개 가운데 {simulated_requests}개만 시뮬레이션했습니다. 한 번의 실행에 주어진 이벤트 한도가 그만큼입니다."))
        return list.findings
    }
}
