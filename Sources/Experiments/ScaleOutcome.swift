/// The two designs of a `scale` run, at the chosen load and across loads.
struct ScaleOutcome {
    let plan: ScalePlan
    let up: Report
    let out: Report

    static func value(_ report: Report, _ name: String) -> Double { report.metric(name)?.value ?? 0 }

    var upCost: Double { plan.price(cores: plan.scaleUpCores) }
    var outCost: Double { Double(plan.scaleOutMachines) * plan.price(cores: plan.smallCores) }
    var upThroughput: Double { Self.value(up, "throughput_rps") }
    var outThroughput: Double { Self.value(out, "throughput_rps") * Double(plan.scaleOutMachines) }

    func report(experiment: ScaleExperiment, values: ParameterValues, seed: UInt64) -> Report {
        let machines = Double(plan.scaleOutMachines)
        let metrics = [
            Metric("up_cores", Double(plan.scaleUpCores), Localized(en: "cores of the one big machine", ko: "큰 기계 한 대의 코어 수")),
            Metric("up_throughput_rps", upThroughput, unit: "req/s", Localized(en: "scale-up throughput", ko: "스케일 업 처리량")),
            Metric("up_p99_ms", Self.value(up, "p99_ms"), unit: "ms", Localized(en: "scale-up p99 latency", ko: "스케일 업 p99 지연")),
            Metric("up_cost_per_1k", upCost / max(upThroughput, 1) * 1000, Localized(en: "scale-up price per 1,000 req/s served", ko: "스케일 업의 처리 1,000 req/s당 가격")),
            Metric("up_ceiling_rps", plan.ceiling.rate, unit: "req/s", Localized(en: "most any single machine can do (USL peak)", ko: "어떤 기계 한 대도 넘지 못하는 처리량 (USL 정점)")),
            Metric("out_machines", machines, Localized(en: "small machines behind the balancer", ko: "로드 밸런서 뒤의 작은 기계 수")),
            Metric("out_throughput_rps", outThroughput, unit: "req/s", Localized(en: "scale-out throughput", ko: "스케일 아웃 처리량")),
            Metric("out_p99_ms", Self.value(out, "p99_ms"), unit: "ms", Localized(en: "scale-out p99 latency", ko: "스케일 아웃 p99 지연")),
            Metric("out_cost_per_1k", outCost / max(outThroughput, 1) * 1000, Localized(en: "scale-out price per 1,000 req/s served", ko: "스케일 아웃의 처리 1,000 req/s당 가격")),
            Metric("up_capacity_after_crash_pct", 0, unit: "%", Localized(en: "capacity left when the big machine dies", ko: "큰 기계가 죽으면 남는 용량")),
            Metric("out_capacity_after_crash_pct", (machines - 1) / machines * 100, unit: "%", Localized(en: "capacity left when one small machine dies", ko: "작은 기계 한 대가 죽으면 남는 용량")),
        ]
        return Report(experiment: experiment.id, seed: seed, parameters: values, section: experiment.section,
                      metrics: metrics, tables: [comparison], charts: [throughputChart, costChart], findings: findings)
    }

    private var comparison: ReportTable {
        func row(_ label: Localized, _ a: String, _ b: String) -> [Localized] { [label, Localized(verbatim: a), Localized(verbatim: b)] }
        return ReportTable(
            title: Localized(en: "At \(MetricText.format(plan.rate)) req/s", ko: "초당 \(MetricText.format(plan.rate))건에서"),
            columns: [Localized(en: "quantity", ko: "항목"), Localized(en: "scale-up", ko: "스케일 업"), Localized(en: "scale-out", ko: "스케일 아웃")],
            rows: [
                row(Localized(en: "machines × cores", ko: "기계 × 코어"), "1 × \(plan.scaleUpCores)", "\(plan.scaleOutMachines) × \(plan.smallCores)"),
                row(Localized(en: "throughput (req/s)", ko: "처리량 (req/s)"), MetricText.format(upThroughput), MetricText.format(outThroughput)),
                row(Localized(en: "p50 / p99 (ms)", ko: "p50 / p99 (ms)"),
                    "\(MetricText.format(Self.value(up, "p50_ms"))) / \(MetricText.format(Self.value(up, "p99_ms")))",
                    "\(MetricText.format(Self.value(out, "p50_ms"))) / \(MetricText.format(Self.value(out, "p99_ms")))"),
                row(Localized(en: "price (small core = 1)", ko: "가격 (작은 코어 = 1)"), MetricText.format(upCost), MetricText.format(outCost)),
                row(Localized(en: "capacity after one crash", ko: "한 대가 죽은 뒤 용량"), "0%", "\(MetricText.format((Double(plan.scaleOutMachines) - 1) / Double(plan.scaleOutMachines) * 100))%"),
            ])
    }

    private var loads: [Double] { (1...12).map { plan.ceiling.rate * 2 * Double($0) / 12 } }

    private var throughputChart: Chart {
        .line(LineChart(title: Localized(en: "Capacity each design can plan for, as load grows", ko: "부하가 늘 때 각 설계가 낼 수 있는 용량"),
                        x: Localized(en: "offered load", ko: "들어오는 부하"), xUnit: "req/s", y: Localized(en: "capacity", ko: "용량"), yUnit: "req/s",
                        series: [Series("scale-up", points: loads.map { Series.Point($0, plan.capacity(cores: plan.scaleUpCores(for: $0))) }),
                                 Series("scale-out", points: loads.map { Series.Point($0, Double(plan.scaleOutMachines(for: $0)) * plan.capacity(cores: plan.smallCores)) })]))
    }

    private var costChart: Chart {
        func perThousand(_ price: Double, _ capacity: Double, _ load: Double) -> Double { price / min(capacity * plan.target, load) * 1000 }
        return .line(LineChart(title: Localized(en: "Price per 1,000 req/s, as load grows", ko: "부하가 늘 때 초당 1,000건당 가격"),
                               x: Localized(en: "offered load", ko: "들어오는 부하"), xUnit: "req/s", y: Localized(en: "price", ko: "가격"), yUnit: "",
                               series: [Series("scale-up", points: loads.map { load in
                                            let cores = plan.scaleUpCores(for: load)
                                            return Series.Point(load, perThousand(plan.price(cores: cores), plan.capacity(cores: cores), load)) }),
                                        Series("scale-out", points: loads.map { load in
                                            let machines = plan.scaleOutMachines(for: load)
                                            return Series.Point(load, perThousand(Double(machines) * plan.price(cores: plan.smallCores),
                                                                                  Double(machines) * plan.capacity(cores: plan.smallCores), load)) })]))
    }

    private var findings: [Localized] {
        let ceiling = plan.ceiling
        var findings = [Localized(
            en: "No single machine does more than \(MetricText.format(ceiling.rate)) req/s (at \(ceiling.cores) cores): past that, contention and coherency costs make extra cores slower, not faster.",
            ko: "어떤 기계 한 대도 초당 \(MetricText.format(ceiling.rate))건(코어 \(ceiling.cores)개)을 넘지 못합니다. 그 너머에서는 경합과 일관성 비용 때문에 코어를 더해도 오히려 느려집니다.")]
        if plan.rate > ceiling.rate * plan.target {
            findings.append(Localized(
                en: "At \(MetricText.format(plan.rate)) req/s scale-up has hit its ceiling: it serves \(MetricText.format(upThroughput)) and queues the rest (p99 \(MetricText.format(Self.value(up, "p99_ms"))) ms), while \(plan.scaleOutMachines) small machines serve \(MetricText.format(outThroughput)) at p99 \(MetricText.format(Self.value(out, "p99_ms"))) ms.",
                ko: "초당 \(MetricText.format(plan.rate))건에서 스케일 업은 한계에 닿았습니다. \(MetricText.format(upThroughput))건만 처리하고 나머지는 줄을 세우며(p99 \(MetricText.format(Self.value(up, "p99_ms"))) ms), 작은 기계 \(plan.scaleOutMachines)대는 \(MetricText.format(outThroughput))건을 p99 \(MetricText.format(Self.value(out, "p99_ms"))) ms로 처리합니다."))
        }
        findings.append(Localized(
            en: "Price per 1,000 req/s: scale-up \(MetricText.format(upCost / max(upThroughput, 1) * 1000)), scale-out \(MetricText.format(outCost / max(outThroughput, 1) * 1000)): big machines cost more than their power.",
            ko: "초당 1,000건당 가격: 스케일 업 \(MetricText.format(upCost / max(upThroughput, 1) * 1000)), 스케일 아웃 \(MetricText.format(outCost / max(outThroughput, 1) * 1000)). 큰 기계는 성능보다 값이 더 빨리 오릅니다."))
        findings.append(Localized(
            en: "If the big machine crashes, nothing is left: it is a single point of failure. If one of the \(plan.scaleOutMachines) small machines crashes, \(MetricText.format((Double(plan.scaleOutMachines) - 1) / Double(plan.scaleOutMachines) * 100))% of capacity remains.",
            ko: "큰 기계가 죽으면 아무것도 남지 않습니다. 단일 장애점입니다. 작은 기계 \(plan.scaleOutMachines)대 중 한 대가 죽으면 용량의 \(MetricText.format((Double(plan.scaleOutMachines) - 1) / Double(plan.scaleOutMachines) * 100))%가 남습니다."))
        return findings
    }
}
