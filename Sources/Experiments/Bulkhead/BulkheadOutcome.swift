import MiniCluster

/// Two runs of the `bulkhead` scenario, one shared pool and one bulkhead per kind, side by side.
struct BulkheadOutcome {
    let shared: BulkheadModel
    let bulkhead: BulkheadModel
    let chosen: BulkheadModel
    let chosenName: String
    let cost: RunCost

    init(shared: BulkheadModel, bulkhead: BulkheadModel, values: ParameterValues, cost: RunCost) {
        self.cost = cost
        self.shared = shared
        self.bulkhead = bulkhead
        chosenName = values[BulkheadExperiment.Key.mode]
        chosen = chosenName == "shared" ? shared : bulkhead
    }

    static func orders(_ model: BulkheadModel) -> EndpointStats { model.stats[BulkheadModel.Kind.order.rawValue] }
    static func payments(_ model: BulkheadModel) -> EndpointStats { model.stats[BulkheadModel.Kind.payment.rawValue] }

    func report() -> Report {
        let metrics = metrics + comparisonMetrics + cost.metrics

        return Report(
            metrics: metrics, tables: [comparisonTable], charts: [successChart, latencyChart],
            timelines: [timeline], findings: findings(metrics))
    }

    private var metrics: [Metric] {
        let orders = Self.orders(chosen)
        let payments = Self.payments(chosen)
        return [
            Metric(
                "order_success_pct", orders.successEstimate, unit: "%",
                Localized(en: "orders answered in time", ko: "제때 응답한 주문")),
            Metric(
                "order_hang_success_pct", orders.incidentSuccessEstimate, unit: "%",
                Localized(en: "orders answered in time while payments hang", ko: "결제가 멈춘 동안 제때 응답한 주문")),
            Metric(
                "order_p99_ms", orders.latencies.percentileMilliseconds(99), unit: "ms",
                Localized(en: "order p99", ko: "주문 p99")),
            Metric(
                "payment_success_pct", payments.successEstimate, unit: "%",
                Localized(en: "payments answered in time", ko: "제때 응답한 결제")),
            Metric(
                "payment_rejected", Double(payments.rejectedFast),
                Localized(en: "payments turned away at once", ko: "바로 돌려보낸 결제")),
            Metric(
                "order_hang_success_shared_pct", Self.orders(shared).incidentSuccessEstimate, unit: "%",
                Localized(en: "orders during the hang, shared pool", ko: "결제가 멈춘 동안의 주문, 공유 풀")),
            Metric(
                "order_hang_success_bulkhead_pct", Self.orders(bulkhead).incidentSuccessEstimate, unit: "%",
                Localized(en: "orders during the hang, bulkheads", ko: "결제가 멈춘 동안의 주문, 벌크헤드")),
            Metric(
                "order_p99_shared_ms", Self.orders(shared).latencies.percentileMilliseconds(99), unit: "ms",
                Localized(en: "order p99, shared pool", ko: "주문 p99, 공유 풀")),
            Metric(
                "order_p99_bulkhead_ms", Self.orders(bulkhead).latencies.percentileMilliseconds(99), unit: "ms",
                Localized(en: "order p99, bulkheads", ko: "주문 p99, 벌크헤드"))
        ]
    }

    private var comparisonTable: ReportTable {
        Comparison<BulkheadModel>(
            title: Localized(en: "Same hang, one shared pool vs bulkheads", ko: "같은 멈춤, 공유 풀과 벌크헤드"),
            runs: [
                (Localized(en: "shared pool", ko: "공유 풀"), shared), (Localized(en: "bulkheads", ko: "벌크헤드"), bulkhead)
            ],
            rows: [
                .number(Localized(en: "orders answered in time (%)", ko: "제때 응답한 주문 (%)")) {
                    Self.orders($0).successPercent
                },
                .number(Localized(en: "orders, during the hang (%)", ko: "결제가 멈춘 동안의 주문 (%)")) {
                    Self.orders($0).incidentSuccessPercent
                },
                .number(Localized(en: "order mean latency (ms)", ko: "주문 평균 지연 (ms)")) {
                    Self.orders($0).latencies.meanMilliseconds
                },
                .number(Localized(en: "order p99 (ms)", ko: "주문 p99 (ms)")) {
                    Self.orders($0).latencies.percentileMilliseconds(99)
                },
                .number(Localized(en: "payments answered in time (%)", ko: "제때 응답한 결제 (%)")) {
                    Self.payments($0).successPercent
                },
                .number(Localized(en: "payments turned away at once", ko: "바로 돌려보낸 결제")) {
                    Double(Self.payments($0).rejectedFast)
                }
            ]
        ).table
    }

    private var setUpLabel: String { chosenName == "shared" ? "shared pool" : "bulkheads" }

    private var successChart: Chart {
        func series(_ name: Localized, _ stats: EndpointStats) -> Series {
            Series(name, points: stats.successOverTime.means.map { Series.Point($0.time, $0.value) })
        }
        return .line(
            LineChart(
                title: Localized(
                    en: "Answered in time (\(setUpLabel))",
                    ko: "제때 응답한 비율 (\(chosenName == "shared" ? "공유 풀" : "벌크헤드"))"),
                x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "success", ko: "성공률"), yUnit: "%",
                series: [
                    series(Localized(en: "orders", ko: "주문"), Self.orders(chosen)),
                    series(Localized(en: "payments", ko: "결제"), Self.payments(chosen))
                ]))
    }

    private var latencyChart: Chart {
        let points = Self.orders(chosen).latencyOverTime.means.map { Series.Point($0.time, $0.value) }
        return .line(
            LineChart(
                title: Localized(
                    en: "Order latency (\(setUpLabel))", ko: "주문 지연 (\(chosenName == "shared" ? "공유 풀" : "벌크헤드"))"),
                x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "mean latency", ko: "평균 지연"),
                yUnit: "ms",
                series: [Series(Localized(en: "orders", ko: "주문"), points: points)]))
    }

    private var timeline: Timeline {
        let hang = chosen.setup.hang
        let end = chosen.setup.end
        let segments = [
            Timeline.Segment(start: 0, end: hang.lowerBound.seconds, state: 0),
            Timeline.Segment(start: hang.lowerBound.seconds, end: hang.upperBound.seconds, state: 1),
            Timeline.Segment(start: hang.upperBound.seconds, end: max(end, hang.upperBound).seconds, state: 0)
        ]
        return Timeline(
            title: Localized(en: "Payment provider", ko: "결제 대행사"),
            states: [Localized(en: "Up", ko: "정상"), Localized(en: "Hanging", ko: "멈춤")],
            segments: segments.filter { $0.end > $0.start }, timeUnit: "s")
    }
}
