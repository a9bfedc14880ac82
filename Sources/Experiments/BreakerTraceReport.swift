import MiniCluster

/// The report of a replayed trace: the breaker's state after every call.
struct BreakerTraceReport {
    let steps: [CircuitBreaker.TraceStep]
    let breaker: CircuitBreaker

    func report(experiment: BreakerExperiment, values: ParameterValues, seed: UInt64) -> Report {
        let final = breaker.state.rawValue
        let metrics = [
            Metric("trace_calls", Double(steps.count), Localized(en: "calls replayed", ko: "재생한 호출")),
            Metric("trace_permitted", Double(steps.filter(\.permitted).count), Localized(en: "calls let through", ko: "통과시킨 호출")),
            Metric("trace_rejected", Double(breaker.rejected), Localized(en: "calls rejected fast", ko: "즉시 거절한 호출")),
            Metric("trace_transitions", Double(breaker.transitions), Localized(en: "state changes", ko: "상태 변화 횟수")),
            Metric("trace_final_state", Double(final), Localized(en: "final state (0 closed, 1 open, 2 half-open)", ko: "마지막 상태 (0 닫힘, 1 열림, 2 반열림)")),
        ]
        var report = Report(experiment: experiment.id, seed: seed, parameters: values, section: experiment.section,
                            metrics: metrics, tables: [table], charts: [ratesChart], timelines: [timeline], findings: findings)
        report.diagram = (BreakerOutcome.stateDiagram, BreakerOutcome.nodes[final])
        return report
    }

    private var table: ReportTable {
        func percent(_ rate: Double?) -> Localized { Localized(verbatim: rate.map { MetricText.format($0 * 100) } ?? "—") }
        return ReportTable(
            title: Localized(en: "State after each call", ko: "호출마다 바뀐 상태"),
            columns: [Localized(verbatim: "#"), Localized(en: "time (s)", ko: "시각 (초)"), Localized(en: "outcome", ko: "결과"),
                      Localized(en: "let through", ko: "통과"), Localized(en: "state after", ko: "호출 뒤 상태"),
                      Localized(en: "failure %", ko: "실패율 %"), Localized(en: "slow %", ko: "느린 호출 %")],
            rows: steps.map { step in
                [Localized(verbatim: String(step.call)), Localized(verbatim: MetricText.format(step.time.seconds)),
                 Localized(verbatim: String(step.outcome.rawValue)),
                 step.permitted ? Localized(en: "yes", ko: "예") : Localized(en: "rejected", ko: "거절"),
                 BreakerOutcome.states[step.state.rawValue], percent(step.failureRate), percent(step.slowRate)]
            })
    }

    private var ratesChart: Chart {
        func series(_ name: String, _ rate: (CircuitBreaker.TraceStep) -> Double?) -> Series {
            Series(name, points: steps.compactMap { step in rate(step).map { Series.Point(Double(step.call), $0 * 100) } })
        }
        return .line(LineChart(title: Localized(en: "Window rates after each call", ko: "호출마다 본 윈도의 비율"),
                               x: Localized(en: "call", ko: "호출"), xUnit: "", y: Localized(en: "rate", ko: "비율"), yUnit: "%",
                               series: [series("failure rate", \.failureRate), series("slow-call rate", \.slowRate)]))
    }

    private var timeline: Timeline {
        let segments = steps.map { Timeline.Segment(start: Double($0.call - 1), end: Double($0.call), state: $0.state.rawValue) }
        return Timeline(title: Localized(en: "Breaker state, call by call", ko: "호출마다 본 브레이커 상태"),
                        states: BreakerOutcome.states, segments: segments, timeUnit: "call")
    }

    private var findings: [Localized] {
        var previous = CircuitBreaker.State.closed
        var findings: [Localized] = []
        for step in steps where step.state != previous {
            findings.append(sentence(for: step, from: previous))
            previous = step.state
        }
        if findings.isEmpty {
            let minimum = breaker.configuration.minimumCalls
            findings.append(Localized(en: "The breaker stayed closed for all \(steps.count) calls: rates are judged only once the window holds \(minimum) calls (min_calls), and then they stayed under the thresholds.",
                                      ko: "브레이커는 \(steps.count)번의 호출 내내 닫혀 있었습니다. 윈도에 호출이 \(minimum)개(min_calls) 쌓여야 비율을 따지는데, 그 뒤에도 임계치 아래였습니다."))
        }
        return findings
    }

    private func sentence(for step: CircuitBreaker.TraceStep, from previous: CircuitBreaker.State) -> Localized {
        let call = step.call
        switch (previous, step.state) {
        case (.halfOpen, .open):
            return Localized(en: "Call \(call) ended the half-open trials with too many failures or slow calls, so the breaker opened again for another wait.",
                             ko: "\(call)번째 호출로 반열림 시험 호출이 끝났는데 실패나 느린 호출이 너무 많아, 브레이커가 다시 열리고 또 기다립니다.")
        case (.closed, .open):
            let failure = MetricText.format((step.failureRate ?? 0) * 100), slow = MetricText.format((step.slowRate ?? 0) * 100)
            return Localized(en: "Call \(call) opened the breaker: the window's failure rate was \(failure)% and its slow-call rate \(slow)%.",
                             ko: "\(call)번째 호출에서 브레이커가 열렸습니다. 윈도의 실패율은 \(failure)%, 느린 호출 비율은 \(slow)%였습니다.")
        case (.open, .halfOpen):
            return Localized(en: "Call \(call) came after the wait in open, so the breaker went half-open and let it through as a trial.",
                             ko: "\(call)번째 호출은 열림 대기 시간이 지난 뒤에 왔으므로 브레이커가 반열림으로 바뀌고 이 호출을 시험 삼아 통과시켰습니다.")
        default:
            return Localized(en: "Call \(call) completed the half-open trials under both thresholds, so the breaker closed.",
                             ko: "\(call)번째 호출로 반열림 시험 호출이 모두 끝났고 두 임계치 아래였으므로 브레이커가 닫혔습니다.")
        }
    }
}
