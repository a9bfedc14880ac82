import MiniCluster

/// Two runs of the `breaker` scenario, with and without the breaker, side by side.
struct BreakerOutcome {
    let with: BreakerModel
    let without: BreakerModel
    let chosen: BreakerModel
    let incident: Range<SimTime>
    let end: SimTime
    let cost: RunCost

    init(with: BreakerModel, without: BreakerModel, values: ParameterValues, cost: RunCost) {
        self.with = with
        self.without = without
        self.cost = cost
        chosen = values[BreakerExperiment.Key.breaker] == "on" ? with : without
        incident = with.setup.incident
        end = with.setup.end
    }

    static let states = [
        Localized(en: "Closed", ko: "닫힘"), Localized(en: "Open", ko: "열림"),
        Localized(en: "HalfOpen", ko: "반열림")
    ]

    func report() -> Report {
        let metrics = metrics
        var report = Report(
            metrics: metrics, tables: [comparisonTable], charts: [successChart, latencyChart],
            timelines: [timeline], findings: findings(metrics))
        report.diagram = (Self.stateDiagram, Self.nodes[with.states.current])
        return report
    }

    /// The document's state diagram; the node of the state the breaker ended in is highlighted.
    static let stateDiagram = Localized(
        en: """
            stateDiagram-v2
                [*] --> Closed
                Closed --> Open : failure or slow rate >= threshold
                Open --> HalfOpen : first call after the wait
                HalfOpen --> Closed : trial rates below both thresholds
                HalfOpen --> Open : a trial rate >= threshold
            """,
        ko: """
            stateDiagram-v2
                state "닫힘" as Closed
                state "열림" as Open
                state "반열림" as HalfOpen
                [*] --> Closed
                Closed --> Open : 실패율이나 느린 호출 비율 >= 임계치
                Open --> HalfOpen : 대기 시간 뒤 첫 호출
                HalfOpen --> Closed : 시험 호출의 두 비율 모두 임계치 미만
                HalfOpen --> Open : 시험 호출의 한 비율 >= 임계치
            """)
    static let nodes = ["Closed", "Open", "HalfOpen"]

    var opens: Int { with.states.changes.filter { $0.state == CircuitBreaker.State.open.rawValue }.count }
    var openSeconds: Double { with.states.duration(in: CircuitBreaker.State.open.rawValue, until: end).seconds }

    /// When the breaker closed for the last time after opening; nil if it never opened or ends the run not closed.
    var closedAgainAt: SimTime? {
        guard opens > 0, let last = with.states.changes.last, last.state == CircuitBreaker.State.closed.rawValue else {
            return nil
        }
        return last.time
    }

    /// Seconds from the end of the incident until the breaker closed for good (0 if it closed before).
    var reclosedAfter: Double? { closedAgainAt.map { max(0, ($0 - incident.upperBound).seconds) } }

    /// Seconds of the incident that fall inside the run.
    var incidentSeconds: Double { max(0, (min(end, incident.upperBound) - min(end, incident.lowerBound)).seconds) }

    static func healthy(_ model: BreakerModel) -> EndpointStats { model.stats[BreakerModel.Endpoint.healthy.rawValue] }
    static func dependent(_ model: BreakerModel) -> EndpointStats {
        model.stats[BreakerModel.Endpoint.dependent.rawValue]
    }

    private var comparisonTable: ReportTable {
        Comparison<BreakerModel>(
            title: Localized(en: "Same incident, with and without the breaker", ko: "같은 장애, 브레이커가 있을 때와 없을 때"),
            runs: [
                (Localized(en: "breaker on", ko: "브레이커 사용"), with),
                (Localized(en: "breaker off", ko: "브레이커 없음"), without)
            ],
            rows: [
                .number(Localized(en: "healthy: answered in time (%)", ko: "건강한 엔드포인트: 제때 응답 (%)")) {
                    Self.healthy($0).successPercent
                },
                .number(Localized(en: "healthy, during incident (%)", ko: "건강한 엔드포인트, 장애 중 (%)")) {
                    Self.healthy($0).incidentSuccessPercent
                },
                .number(Localized(en: "healthy p99 (ms)", ko: "건강한 엔드포인트 p99 (ms)")) {
                    Self.healthy($0).latencies.percentileMilliseconds(99)
                },
                .number(Localized(en: "dependent: answered in time (%)", ko: "의존 엔드포인트: 제때 응답 (%)")) {
                    Self.dependent($0).successPercent
                },
                .number(Localized(en: "dependent mean latency (ms)", ko: "의존 엔드포인트 평균 지연 (ms)")) {
                    Self.dependent($0).latencies.meanMilliseconds
                },
                .number(Localized(en: "calls rejected fast", ko: "즉시 거절한 호출")) {
                    Double(Self.dependent($0).rejectedFast)
                },
                .number(Localized(en: "longest queue", ko: "가장 긴 대기열")) { Double($0.maxQueue) }
            ]
        ).table
    }

    private var successChart: Chart {
        func series(_ name: Localized, _ model: BreakerModel) -> Series {
            Series(name, points: Self.healthy(model).successOverTime.means.map { Series.Point($0.time, $0.value) })
        }
        return .line(
            LineChart(
                title: Localized(en: "Healthy endpoint: answered in time", ko: "건강한 엔드포인트: 제때 응답한 비율"),
                x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "success", ko: "성공률"), yUnit: "%",
                series: [
                    series(Localized(en: "breaker on", ko: "브레이커 사용"), with),
                    series(Localized(en: "breaker off", ko: "브레이커 없음"), without)
                ]))
    }

    private var latencyChart: Chart {
        func series(_ name: Localized, _ stats: EndpointStats) -> Series {
            Series(name, points: stats.latencyOverTime.means.map { Series.Point($0.time, $0.value) })
        }
        return .line(
            LineChart(
                title: Localized(en: "Mean latency seen by callers", ko: "호출자가 겪은 평균 지연"),
                x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "latency", ko: "지연"), yUnit: "ms",
                series: [
                    series(Localized(en: "healthy, breaker on", ko: "건강한 엔드포인트, 브레이커 사용"), Self.healthy(with)),
                    series(Localized(en: "healthy, breaker off", ko: "건강한 엔드포인트, 브레이커 없음"), Self.healthy(without)),
                    series(Localized(en: "dependent, breaker on", ko: "의존 엔드포인트, 브레이커 사용"), Self.dependent(with)),
                    series(Localized(en: "dependent, breaker off", ko: "의존 엔드포인트, 브레이커 없음"), Self.dependent(without))
                ]))
    }

    private var timeline: Timeline {
        Timeline(
            title: Localized(en: "Breaker state (breaker on)", ko: "브레이커 상태 (브레이커 사용)"), states: Self.states,
            segments: with.states.segments(until: end).map {
                .init(start: $0.start.seconds, end: $0.end.seconds, state: $0.state)
            },
            timeUnit: "s")
    }
}
