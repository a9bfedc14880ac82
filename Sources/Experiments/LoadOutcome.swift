import MiniCluster

/// The measured numbers of one `load` run next to what M/M/c theory predicts.
struct LoadOutcome {
    let utilization: Double
    let meanWaitMs: Double
    let meanResponseMs: Double
    let p50Ms: Double
    let p99Ms: Double
    let throughput: Double
    let meanInSystem: Double
    let events: Int
    let offeredUtilization: Double
    let theoryWaitMs: Double?
    let serviceMs: Double
    let responses: LatencyRecorder

    init(simulation: Simulation<LoadModel>, servers: Int, rate: Double, serviceMs: Double) {
        let model = simulation.model
        let elapsed = Double(max((simulation.scheduler.now - model.measuredFrom).nanoseconds, 1))
        utilization = model.busyTime / (Double(servers) * elapsed)
        meanWaitMs = model.totalWait / Double(max(model.completed, 1)) / 1e6
        meanResponseMs = model.responses.meanMilliseconds
        p50Ms = model.responses.percentileMilliseconds(50)
        p99Ms = model.responses.percentileMilliseconds(99)
        throughput = Double(model.completed) / (elapsed / 1e9)
        meanInSystem = model.areaInSystem / elapsed
        events = simulation.scheduler.handled
        offeredUtilization = QueueingTheory.utilization(arrivalRate: rate, serviceRate: 1000 / serviceMs, servers: servers)
        theoryWaitMs = offeredUtilization < 1
            ? QueueingTheory.meanWait(arrivalRate: rate, serviceRate: 1000 / serviceMs, servers: servers) * 1000 : nil
        self.serviceMs = serviceMs
        responses = model.responses
    }

    func report(experiment: LoadExperiment, values: ParameterValues, seed: UInt64) -> Report {
        var metrics = [
            Metric("utilization", utilization, Localized(en: "utilisation", ko: "사용률")),
            Metric("mean_wait_ms", meanWaitMs, unit: "ms", Localized(en: "mean wait in queue", ko: "평균 대기 시간")),
            Metric("mean_response_ms", meanResponseMs, unit: "ms", Localized(en: "mean response time", ko: "평균 응답 시간")),
            Metric("p50_ms", p50Ms, unit: "ms", Localized(en: "median response", ko: "응답 시간 중앙값")),
            Metric("p99_ms", p99Ms, unit: "ms", Localized(en: "99th percentile response", ko: "응답 시간 99번째 백분위")),
            Metric("throughput_rps", throughput, unit: "req/s", Localized(en: "throughput", ko: "처리량")),
            Metric("mean_in_system", meanInSystem, Localized(en: "mean requests in system (L)", ko: "시스템 안의 평균 요청 수 (L)")),
            Metric("events", Double(events), Localized(en: "simulated events", ko: "처리한 이벤트 수")),
        ]
        if let theoryWaitMs {
            metrics.append(Metric("erlang_c_wait_ms", theoryWaitMs, unit: "ms", Localized(en: "M/M/c mean wait (Erlang C)", ko: "M/M/c 이론 평균 대기 (얼랭 C)")))
        }
        return Report(experiment: experiment.id, seed: seed, parameters: values, section: experiment.section,
                      metrics: metrics, tables: [comparisonTable], charts: [histogram], findings: findings)
    }

    private var comparisonTable: ReportTable {
        func row(_ label: Localized, _ measured: Double, _ theory: Double?) -> [Localized] {
            [label, Localized(verbatim: MetricText.format(measured)), Localized(verbatim: theory.map(MetricText.format) ?? "∞")]
        }
        let theoryResponse = theoryWaitMs.map { $0 + serviceMs }
        return ReportTable(
            title: Localized(en: "Measured vs M/M/c theory", ko: "측정값과 M/M/c 이론값"),
            columns: [Localized(en: "quantity", ko: "항목"), Localized(en: "measured", ko: "측정"), Localized(en: "theory", ko: "이론")],
            rows: [
                row(Localized(en: "utilisation ρ", ko: "사용률 ρ"), utilization, offeredUtilization < 1 ? offeredUtilization : nil),
                row(Localized(en: "mean wait (ms)", ko: "평균 대기 (ms)"), meanWaitMs, theoryWaitMs),
                row(Localized(en: "mean response (ms)", ko: "평균 응답 (ms)"), meanResponseMs, theoryResponse),
                row(Localized(en: "in system L = λW", ko: "시스템 내 요청 L = λW"), meanInSystem, throughput * meanResponseMs / 1000),
            ])
    }

    private var histogram: Chart {
        let top = max(p99Ms * 1.25, serviceMs)
        let edges = (0...8).map { top * Double($0) / 8 }
        let counts = responses.bucketCounts(edgesMilliseconds: edges)
        let bars = zip(edges, counts).map { edge, count in
            BarChart.Bar(Localized(verbatim: "\(MetricText.format(edge))–\(MetricText.format(edge + top / 8)) ms"), Double(count))
        }
        return .bars(BarChart(title: Localized(en: "Response time distribution (requests)", ko: "응답 시간 분포 (요청 수)"),
                              unit: "", bars: bars))
    }

    private var findings: [Localized] {
        var findings: [Localized] = []
        let percent = MetricText.format(utilization * 100)
        let ratio = MetricText.format(meanResponseMs / serviceMs)
        findings.append(Localized(
            en: "The servers were busy \(percent)% of the time, and a request took \(ratio)× its service time on average: the rest was waiting in line.",
            ko: "서버는 시간의 \(percent)% 동안 바빴고, 요청 하나는 평균적으로 처리 시간의 \(ratio)배가 걸렸습니다. 나머지는 줄 서서 기다린 시간입니다."))
        if let theoryWaitMs, theoryWaitMs > 0 {
            let off = MetricText.format(abs(meanWaitMs - theoryWaitMs) / theoryWaitMs * 100)
            findings.append(Localized(
                en: "Erlang C predicts a mean wait of \(MetricText.format(theoryWaitMs)) ms; the simulation measured \(MetricText.format(meanWaitMs)) ms (\(off)% apart).",
                ko: "얼랭 C 공식은 평균 대기 \(MetricText.format(theoryWaitMs)) ms를 예측하고, 시뮬레이션은 \(MetricText.format(meanWaitMs)) ms를 측정했습니다 (차이 \(off)%)."))
        } else {
            findings.append(Localized(
                en: "Offered load is \(MetricText.format(offeredUtilization * 100))% of capacity: the queue grows without bound and waits keep rising for as long as the run lasts.",
                ko: "들어오는 부하가 처리 용량의 \(MetricText.format(offeredUtilization * 100))%입니다. 대기열이 끝없이 늘어나 실행이 길어질수록 대기 시간도 계속 커집니다."))
        }
        if utilization > 0.85 {
            findings.append(Localized(
                en: "Above about 85% busy, each extra percent of load costs far more latency than the last: p99 is \(MetricText.format(p99Ms)) ms. Add servers before you get here.",
                ko: "사용률이 85%쯤을 넘으면 부하가 1%씩 늘 때마다 지연은 훨씬 크게 늘어납니다. p99가 \(MetricText.format(p99Ms)) ms입니다. 여기에 닿기 전에 서버를 늘리세요."))
        }
        findings.append(Localized(
            en: "Little's law: \(MetricText.format(throughput)) req/s × \(MetricText.format(meanResponseMs)) ms = \(MetricText.format(throughput * meanResponseMs / 1000)) requests in the system on average (measured \(MetricText.format(meanInSystem))).",
            ko: "리틀의 법칙: \(MetricText.format(throughput)) req/s × \(MetricText.format(meanResponseMs)) ms = 평균 \(MetricText.format(throughput * meanResponseMs / 1000))개의 요청이 시스템 안에 있습니다 (측정값 \(MetricText.format(meanInSystem)))."))
        return findings
    }
}
