import MiniCluster

/// One `retry` run per policy: calls, amplification and completion time side by side.
struct RetryOutcome {
    let runs: [RetryModel]
    let chosen: RetryPolicy
    let cost: RunCost

    func run(_ policy: RetryPolicy) -> RetryModel {
        guard let run = runs.first(where: { $0.setup.policy == policy }) else { preconditionFailure("no run of \(policy)") }
        return run
    }

    static func amplification(_ run: RetryModel) -> Double { Double(run.calls) / Double(run.setup.clients) }
    /// Calls per piece of work done; the calls themselves when none was done.
    static func callsPerDone(_ run: RetryModel) -> Double { Double(run.calls) / Double(max(run.completed, 1)) }
    static func workDone(_ run: RetryModel) -> Double { Double(run.completed) / Double(run.setup.clients) * 100 }
    static func peakPerSecond(_ run: RetryModel) -> Double {
        (run.callsOverTime.sums(until: run.finishedAt).map(\.value).max() ?? 0) / RetryModel.interval.seconds
    }

    func report(experiment: RetryExperiment, values: ParameterValues, seed: UInt64) -> Report {
        let metrics = metrics + cost.metrics.filter { $0.name == "events" || $0.name == "budget_cut" }
        return Report(experiment: experiment.id, seed: seed, parameters: values, section: experiment.section,
                      metrics: metrics, tables: [table], charts: [callsChart, callsPerPolicy], findings: findings(metrics))
    }

    private var metrics: [Metric] {
        let picked = run(chosen)
        var metrics = [
            Metric("calls", Double(picked.calls), Localized(en: "calls made", ko: "보낸 호출 수")),
            Metric("amplification", Self.amplification(picked), Localized(en: "load amplification: calls per piece of work", ko: "부하 증폭: 작업 하나당 호출 수")),
            Metric("completion_s", picked.finishedAt.seconds, unit: "s", Localized(en: "time until every client finished or gave up", ko: "모든 클라이언트가 끝내거나 포기할 때까지 걸린 시간")),
            Metric("work_done_pct", Self.workDone(picked), unit: "%", Localized(en: "work completed", ko: "끝낸 작업")),
            Metric("gave_up", Double(picked.gaveUp), Localized(en: "clients that gave up", ko: "포기한 클라이언트")),
            Metric("peak_calls_per_s", Self.peakPerSecond(picked), unit: "calls/s", Localized(en: "busiest 100 ms, as calls per second", ko: "가장 붐빈 100 ms의 초당 호출 수")),
            Metric("rejected", Double(picked.rejected), Localized(en: "calls the resource rejected", ko: "자원이 거절한 호출")),
            Metric("clients", Double(picked.setup.clients), Localized(en: "clients, one piece of work each", ko: "클라이언트 수 (각자 작업 하나)")),
            Metric("capacity_per_s", picked.setup.capacity, unit: "calls/s", Localized(en: "calls the resource serves per second", ko: "자원이 초당 처리하는 호출")),
        ]
        for run in runs {
            let name = run.setup.policy.rawValue
            metrics.append(Metric("calls_\(name)", Double(run.calls), Localized(en: "calls with \(name)", ko: "\(name) 정책의 호출 수")))
            metrics.append(Metric("completion_\(name)_s", run.finishedAt.seconds, unit: "s", Localized(en: "completion time with \(name)", ko: "\(name) 정책의 완료 시간")))
            metrics.append(Metric("work_done_\(name)_pct", Self.workDone(run), unit: "%", Localized(en: "work completed with \(name)", ko: "\(name) 정책으로 끝낸 작업")))
            metrics.append(Metric("calls_per_done_\(name)", Self.callsPerDone(run), Localized(en: "calls per piece of work done with \(name)", ko: "\(name) 정책의 끝낸 작업당 호출")))
            metrics.append(Metric("peak_calls_\(name)_per_s", Self.peakPerSecond(run), unit: "calls/s", Localized(en: "busiest 100 ms with \(name)", ko: "\(name) 정책에서 가장 붐빈 100 ms")))
        }
        return metrics
    }

    private var table: ReportTable {
        ReportTable(
            title: Localized(en: "Every policy on the same herd", ko: "같은 클라이언트 무리에 정책별로 실행"),
            columns: [Localized(en: "policy", ko: "정책"), Localized(en: "calls", ko: "호출"), Localized(en: "calls per work", ko: "작업당 호출"),
                      Localized(en: "completion (s)", ko: "완료 (초)"), Localized(en: "work done (%)", ko: "끝낸 작업 (%)"),
                      Localized(en: "gave up", ko: "포기"), Localized(en: "peak calls/s", ko: "최대 초당 호출")],
            rows: runs.map { run in
                [Localized(verbatim: run.setup.policy.rawValue)] + [Double(run.calls), Self.amplification(run), run.finishedAt.seconds,
                                                                    Self.workDone(run), Double(run.gaveUp), Self.peakPerSecond(run)]
                    .map { Localized(verbatim: MetricText.format($0)) }
            })
    }

    private var callsChart: Chart {
        let picked = run(chosen)
        func series(_ name: String, _ values: TimeSeries) -> Series {
            Series(name, points: values.sums(until: picked.finishedAt).map { Series.Point($0.time, $0.value / RetryModel.interval.seconds) })
        }
        return .line(LineChart(title: Localized(en: "Calls per second over time (\(chosen.rawValue))", ko: "시간에 따른 초당 호출 수 (\(chosen.rawValue))"),
                               x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "calls", ko: "호출"), yUnit: "calls/s",
                               series: [series("calls", picked.callsOverTime), series("accepted", picked.acceptedOverTime)]))
    }

    private var callsPerPolicy: Chart {
        .bars(BarChart(title: Localized(en: "Calls per policy", ko: "정책별 호출 수"), unit: "calls",
                       bars: runs.map { BarChart.Bar(Localized(verbatim: $0.setup.policy.rawValue), Double($0.calls)) }))
    }
}
