import MiniCluster

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

    func report() -> Report {
        let metrics = planMetrics + designMetrics
        return Report(
            metrics: metrics, tables: [comparison], charts: [throughputChart, costChart], findings: findings(metrics))
    }

    private var planMetrics: [Metric] {
        [
            Metric(
                "events", Self.value(up, "events") + Self.value(out, "events"),
                Localized(en: "simulated events, both designs", ko: "처리한 이벤트 수, 두 설계 합")),
            Metric("offered_rps", plan.rate, unit: "req/s", Localized(en: "offered load", ko: "들어오는 부하")),
            Metric(
                "up_plannable_rps", plan.ceiling.rate * plan.target, unit: "req/s",
                Localized(en: "the USL peak at the planned utilisation", ko: "계획 사용률에서의 USL 정점")),
            Metric(
                "up_ceiling_cores", Double(plan.ceiling.cores),
                Localized(en: "cores at the USL peak", ko: "USL 정점의 코어 수")),
            Metric(
                "out_small_cores", Double(plan.smallCores),
                Localized(en: "cores of one small machine", ko: "작은 기계 한 대의 코어 수")),
            Metric(
                "up_cores", Double(plan.scaleUpCores),
                Localized(en: "cores of the one big machine", ko: "큰 기계 한 대의 코어 수"))
        ]
    }

    private var designMetrics: [Metric] {
        let machines = Double(plan.scaleOutMachines)
        return [
            Metric(
                "up_throughput_rps", upThroughput, unit: "req/s", Localized(en: "scale-up throughput", ko: "스케일 업 처리량")),
            Metric(
                "up_p99_ms", up.metric("p99_ms")?.estimate ?? Estimate(mean: 0, halfWidth: 0), unit: "ms",
                Localized(en: "scale-up p99 latency", ko: "스케일 업 p99 지연")),
            Metric(
                "up_cost_per_1k", upCost / max(upThroughput, 1) * 1000,
                Localized(en: "scale-up price per 1,000 req/s served", ko: "스케일 업의 처리 1,000 req/s당 가격")),
            Metric(
                "up_ceiling_rps", plan.ceiling.rate, unit: "req/s",
                Localized(en: "most any single machine can do (USL peak)", ko: "어떤 기계 한 대도 넘지 못하는 처리량 (USL 정점)")),
            Metric(
                "out_machines", machines, Localized(en: "small machines behind the balancer", ko: "로드 밸런서 뒤의 작은 기계 수")),
            Metric(
                "out_throughput_rps", outThroughput, unit: "req/s",
                Localized(en: "scale-out throughput", ko: "스케일 아웃 처리량")),
            Metric(
                "out_p99_ms", out.metric("p99_ms")?.estimate ?? Estimate(mean: 0, halfWidth: 0), unit: "ms",
                Localized(en: "scale-out p99 latency", ko: "스케일 아웃 p99 지연")),
            Metric(
                "out_cost_per_1k", outCost / max(outThroughput, 1) * 1000,
                Localized(en: "scale-out price per 1,000 req/s served", ko: "스케일 아웃의 처리 1,000 req/s당 가격")),
            Metric(
                "up_capacity_after_crash_pct", 0, unit: "%",
                Localized(en: "capacity left when the big machine dies", ko: "큰 기계가 죽으면 남는 용량")),
            Metric(
                "out_capacity_after_crash_pct", (machines - 1) / machines * 100, unit: "%",
                Localized(en: "capacity left when one small machine dies", ko: "작은 기계 한 대가 죽으면 남는 용량"))
        ]
    }

    /// One design as the comparison table reads it.
    private struct Design {
        let shape: String
        let throughput: Double
        let run: Report
        let price: Double
        let afterCrash: String
    }

    private var comparison: ReportTable {
        let machines = Double(plan.scaleOutMachines)
        let latency = { (run: Report) in
            "\(MetricText.format(Self.value(run, "p50_ms"))) / \(MetricText.format(Self.value(run, "p99_ms")))"
        }
        return Comparison<Design>(
            title: Localized(
                en: "At \(MetricText.format(plan.rate)) req/s", ko: "초당 \(MetricText.format(plan.rate))건에서"),
            runs: [
                (
                    Localized(en: "scale-up", ko: "스케일 업"),
                    Design(
                        shape: "1 × \(plan.scaleUpCores)", throughput: upThroughput, run: up, price: upCost,
                        afterCrash: "0%")
                ),
                (
                    Localized(en: "scale-out", ko: "스케일 아웃"),
                    Design(
                        shape: "\(plan.scaleOutMachines) × \(plan.smallCores)", throughput: outThroughput, run: out,
                        price: outCost, afterCrash: "\(MetricText.format((machines - 1) / machines * 100))%")
                )
            ],
            rows: [
                .text(Localized(en: "machines × cores", ko: "기계 × 코어")) { $0.shape },
                .number(Localized(en: "throughput (req/s)", ko: "처리량 (req/s)")) { $0.throughput },
                .text(Localized(en: "p50 / p99 (ms)", ko: "p50 / p99 (ms)")) { latency($0.run) },
                .number(Localized(en: "price (small core = 1)", ko: "가격 (작은 코어 = 1)")) { $0.price },
                .text(Localized(en: "capacity after one crash", ko: "한 대가 죽은 뒤 용량")) { $0.afterCrash }
            ]
        ).table
    }

    private var loads: [Double] { (1...12).map { plan.ceiling.rate * 2 * Double($0) / 12 } }

    private var throughputChart: Chart {
        .line(
            LineChart(
                title: Localized(en: "Capacity each design can plan for, as load grows", ko: "부하가 늘 때 각 설계가 낼 수 있는 용량"),
                x: Localized(en: "offered load", ko: "들어오는 부하"), xUnit: "req/s", y: Localized(en: "capacity", ko: "용량"),
                yUnit: "req/s",
                series: [
                    Series(
                        "scale-up",
                        points: loads.map { Series.Point($0, plan.capacity(cores: plan.scaleUpCores(for: $0))) }),
                    Series(
                        "scale-out",
                        points: loads.map {
                            Series.Point(
                                $0, Double(plan.scaleOutMachines(for: $0)) * plan.capacity(cores: plan.smallCores))
                        })
                ]))
    }

    private var costChart: Chart {
        func perThousand(_ price: Double, _ capacity: Double, _ load: Double) -> Double {
            price / min(capacity * plan.target, load) * 1000
        }
        return .line(
            LineChart(
                title: Localized(en: "Price per 1,000 req/s, as load grows", ko: "부하가 늘 때 초당 1,000건당 가격"),
                x: Localized(en: "offered load", ko: "들어오는 부하"), xUnit: "req/s", y: Localized(en: "price", ko: "가격"),
                yUnit: "",
                series: [
                    Series(
                        "scale-up",
                        points: loads.map { load in
                            let cores = plan.scaleUpCores(for: load)
                            return Series.Point(
                                load, perThousand(plan.price(cores: cores), plan.capacity(cores: cores), load))
                        }),
                    Series(
                        "scale-out",
                        points: loads.map { load in
                            let machines = plan.scaleOutMachines(for: load)
                            return Series.Point(
                                load,
                                perThousand(
                                    Double(machines) * plan.price(cores: plan.smallCores),
                                    Double(machines) * plan.capacity(cores: plan.smallCores), load))
                        })
                ]))
    }

}
