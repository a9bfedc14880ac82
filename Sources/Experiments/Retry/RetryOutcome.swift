import MiniCluster

/// The `retry` runs of every policy over `replications` independent herds: calls, amplification
/// and completion time side by side, each the herds' mean with its 95% t-interval.
struct RetryOutcome {
    let herds: [RetryHerd]
    let chosen: RetryPolicy

    /// The first herd: the one the charts draw.
    var sample: RetryHerd { herds[0] }

    var cost: RunCost {
        herds.reduce(into: RunCost()) { $0.add($1.cost) }
    }

    /// `measure` of `policy`'s run in every herd, as the mean with its 95% interval.
    func estimate(_ policy: RetryPolicy, _ measure: (RetryModel) -> Double) -> Estimate {
        Estimate(samples: herds.map { measure($0.run(policy)) })
    }

    static func calls(_ run: RetryModel) -> Double { Double(run.calls) }
    static func amplification(_ run: RetryModel) -> Double { Double(run.calls) / Double(run.setup.clients) }
    /// Calls per piece of work done; the calls themselves when none was done.
    static func callsPerDone(_ run: RetryModel) -> Double { Double(run.calls) / Double(max(run.completed, 1)) }
    static func workDone(_ run: RetryModel) -> Double { Double(run.completed) / Double(run.setup.clients) * 100 }
    static func completion(_ run: RetryModel) -> Double { run.finishedAt.seconds }
    static func gaveUp(_ run: RetryModel) -> Double { Double(run.gaveUp) }
    static func rejected(_ run: RetryModel) -> Double { Double(run.rejected) }
    static func peakPerSecond(_ run: RetryModel) -> Double {
        (run.callsOverTime.sums(until: run.finishedAt).map(\.value).max() ?? 0) / RetryModel.interval.seconds
    }

    func report() -> Report {
        let metrics = metrics + cost.metrics.filter { $0.name == "events" || $0.name == "budget_cut" }
        return Report(
            metrics: metrics, tables: [table], charts: [callsChart, callsPerPolicy], findings: findings(metrics))
    }

    private var metrics: [Metric] {
        let setup = sample.runs[0].setup
        func measured(_ name: String, _ measure: (RetryModel) -> Double, unit: String = "", _ label: Localized)
            -> Metric
        {
            Metric(name, estimate(chosen, measure), unit: unit, label)
        }
        var metrics = [
            measured("calls", Self.calls, Localized(en: "calls made", ko: "보낸 호출 수")),
            measured(
                "amplification", Self.amplification,
                Localized(en: "load amplification: calls per piece of work", ko: "부하 증폭: 작업 하나당 호출 수")),
            measured(
                "completion_s", Self.completion, unit: "s",
                Localized(en: "time until every client finished or gave up", ko: "모든 클라이언트가 끝내거나 포기할 때까지 걸린 시간")),
            measured("work_done_pct", Self.workDone, unit: "%", Localized(en: "work completed", ko: "끝낸 작업")),
            measured("gave_up", Self.gaveUp, Localized(en: "clients that gave up", ko: "포기한 클라이언트")),
            measured(
                "peak_calls_per_s", Self.peakPerSecond, unit: "calls/s",
                Localized(en: "busiest 100 ms, as calls per second", ko: "가장 붐빈 100 ms의 초당 호출 수")),
            measured("rejected", Self.rejected, Localized(en: "calls the resource rejected", ko: "자원이 거절한 호출")),
            Metric(
                "clients", Double(setup.clients),
                Localized(en: "clients, one piece of work each", ko: "클라이언트 수 (각자 작업 하나)")),
            Metric(
                "capacity_per_s", setup.capacity, unit: "calls/s",
                Localized(en: "calls the resource serves per second", ko: "자원이 초당 처리하는 호출")),
            Metric(
                "replications", Double(herds.count),
                Localized(en: "independent herds behind each interval", ko: "각 구간의 바탕이 된 독립된 무리 수"))
        ]
        for policy in RetryPolicy.allCases { metrics += policyMetrics(policy) }
        return metrics
    }

    private func policyMetrics(_ policy: RetryPolicy) -> [Metric] {
        let name = policy.rawValue
        return [
            Metric(
                "calls_\(name)", estimate(policy, Self.calls),
                Localized(en: "calls with \(name)", ko: "\(name) 정책의 호출 수")),
            Metric(
                "completion_\(name)_s", estimate(policy, Self.completion), unit: "s",
                Localized(en: "completion time with \(name)", ko: "\(name) 정책의 완료 시간")),
            Metric(
                "work_done_\(name)_pct", estimate(policy, Self.workDone), unit: "%",
                Localized(en: "work completed with \(name)", ko: "\(name) 정책으로 끝낸 작업")),
            Metric(
                "calls_per_done_\(name)", estimate(policy, Self.callsPerDone),
                Localized(en: "calls per piece of work done with \(name)", ko: "\(name) 정책의 끝낸 작업당 호출")),
            Metric(
                "peak_calls_\(name)_per_s", estimate(policy, Self.peakPerSecond), unit: "calls/s",
                Localized(en: "busiest 100 ms with \(name)", ko: "\(name) 정책에서 가장 붐빈 100 ms"))
        ]
    }

    private var table: ReportTable {
        let measures: [(RetryModel) -> Double] = [
            Self.calls, Self.amplification, Self.completion, Self.workDone, Self.gaveUp, Self.peakPerSecond
        ]
        return ReportTable(
            title: Localized(
                en: "Every policy on the same herds (mean ± 95% interval over \(herds.count))",
                ko: "같은 클라이언트 무리에 정책별로 실행 (무리 \(herds.count)개의 평균 ± 95% 구간)"),
            columns: [
                Localized(en: "policy", ko: "정책"), Localized(en: "calls", ko: "호출"),
                Localized(en: "calls per work", ko: "작업당 호출"),
                Localized(en: "completion (s)", ko: "완료 (초)"), Localized(en: "work done (%)", ko: "끝낸 작업 (%)"),
                Localized(en: "gave up", ko: "포기"), Localized(en: "peak calls/s", ko: "최대 초당 호출")
            ],
            rows: RetryPolicy.allCases.map { policy in
                [Localized(verbatim: policy.rawValue)]
                    + measures.map { measure in
                        Localized(verbatim: MetricText.format(estimate(policy, measure)))
                    }
            })
    }

    private var callsChart: Chart {
        let picked = sample.run(chosen)
        func series(_ name: String, _ label: Localized, _ values: TimeSeries) -> Series {
            Series(
                name, label: label,
                points: values.sums(until: picked.finishedAt).map {
                    Series.Point($0.time, $0.value / RetryModel.interval.seconds)
                })
        }
        return .line(
            LineChart(
                title: Localized(
                    en: "Calls per second over time (\(chosen.rawValue), first herd)",
                    ko: "시간에 따른 초당 호출 수 (\(chosen.rawValue), 첫 번째 무리)"),
                x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "calls", ko: "호출"), yUnit: "calls/s",
                series: [
                    series("calls", Localized(en: "calls", ko: "호출"), picked.callsOverTime),
                    series("accepted", Localized(en: "accepted", ko: "받아들임"), picked.acceptedOverTime)
                ]))
    }

    private var callsPerPolicy: Chart {
        .bars(
            BarChart(
                title: Localized(en: "Mean calls per policy", ko: "정책별 평균 호출 수"), unit: "calls",
                bars: RetryPolicy.allCases.map {
                    BarChart.Bar(Localized(verbatim: $0.rawValue), estimate($0, Self.calls).mean)
                }))
    }
}
