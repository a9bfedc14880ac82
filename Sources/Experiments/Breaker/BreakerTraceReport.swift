import MiniCluster

/// The report of a replayed trace: the breaker's state after every call.
struct BreakerTraceReport {
    let steps: [CircuitBreaker.TraceStep]
    let breaker: CircuitBreaker

    func report() -> Report {
        let final = breaker.state.rawValue
        let metrics =
            [
                Metric("trace_calls", Double(steps.count), Localized(en: "calls replayed", ko: "재생한 호출")),
                Metric(
                    "trace_permitted", Double(steps.filter(\.permitted).count),
                    Localized(en: "calls let through", ko: "통과시킨 호출")),
                Metric(
                    "trace_rejected", Double(breaker.rejected), Localized(en: "calls rejected fast", ko: "즉시 거절한 호출")),
                Metric(
                    "trace_transitions", Double(breaker.transitions), Localized(en: "state changes", ko: "상태 변화 횟수")),
                Metric(
                    "trace_final_state", Double(final),
                    Localized(en: "final state (0 closed, 1 open, 2 half-open)", ko: "마지막 상태 (0 닫힘, 1 열림, 2 반열림)"))
            ] + changeMetrics
        var report = Report(
            metrics: metrics, tables: [table], charts: [ratesChart], timelines: [timeline], findings: findings(metrics))
        report.diagram = (BreakerOutcome.stateDiagram, BreakerOutcome.nodes[final])
        return report
    }

    private var table: ReportTable {
        func percent(_ rate: Double?) -> Localized {
            Localized(verbatim: rate.map { MetricText.format($0 * 100) } ?? "—")
        }
        return ReportTable(
            title: Localized(en: "State after each call", ko: "호출마다 바뀐 상태"),
            columns: [
                Localized(verbatim: "#"), Localized(en: "time (s)", ko: "시각 (초)"), Localized(en: "outcome", ko: "결과"),
                Localized(en: "let through", ko: "통과"), Localized(en: "state after", ko: "호출 뒤 상태"),
                Localized(en: "failure %", ko: "실패율 %"), Localized(en: "slow %", ko: "느린 호출 %")
            ],
            rows: steps.map { step in
                [
                    Localized(verbatim: String(step.call)), Localized(verbatim: MetricText.format(step.time.seconds)),
                    Localized(verbatim: String(step.outcome.rawValue)),
                    step.permitted ? Localized(en: "yes", ko: "예") : Localized(en: "rejected", ko: "거절"),
                    BreakerOutcome.states[step.state.rawValue], percent(step.failureRate), percent(step.slowRate)
                ]
            })
    }

    private var ratesChart: Chart {
        func series(_ name: Localized, _ rate: (CircuitBreaker.TraceStep) -> Double?) -> Series {
            Series(
                name, points: steps.compactMap { step in rate(step).map { Series.Point(Double(step.call), $0 * 100) } })
        }
        return .line(
            LineChart(
                title: Localized(en: "Window rates after each call", ko: "호출마다 본 윈도의 비율"),
                x: Localized(en: "call", ko: "호출"), xUnit: "", y: Localized(en: "rate", ko: "비율"), yUnit: "%",
                series: [
                    series(Localized(en: "failure rate", ko: "실패율"), \.failureRate),
                    series(Localized(en: "slow-call rate", ko: "느린 호출 비율"), \.slowRate)
                ]))
    }

    private var timeline: Timeline {
        let segments = steps.map {
            Timeline.Segment(start: Double($0.call - 1), end: Double($0.call), state: $0.state.rawValue)
        }
        return Timeline(
            title: Localized(en: "Breaker state, call by call", ko: "호출마다 본 브레이커 상태"),
            states: BreakerOutcome.states, segments: segments, timeUnit: "")
    }
}
