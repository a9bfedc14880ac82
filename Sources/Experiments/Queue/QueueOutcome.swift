import MiniCluster

/// A `queue` run in both designs, side by side.
struct QueueOutcome {
    let async: QueueModel
    let sync: QueueModel
    let chosenIsAsync: Bool
    let cost: RunCost
    /// Each design's order p50 and p99 with their intervals, read once from its histograms.
    // NB: read where each metric, table row and finding needed them, the histogram walks were 70% of
    // the instructions of `run queue sweep=consumers` (callgrind).
    private let asyncOrders: [Estimate], syncOrders: [Estimate]

    init(async: QueueModel, sync: QueueModel, chosenIsAsync: Bool, cost: RunCost) {
        (self.async, self.sync, self.chosenIsAsync, self.cost) = (async, sync, chosenIsAsync, cost)
        asyncOrders = async.orders.percentilesMilliseconds([50, 99])
        syncOrders = sync.orders.percentilesMilliseconds([50, 99])
    }

    /// The order latency's p50 and p99 in `model`, one of the two designs.
    func orderLatency(_ model: QueueModel) -> (p50: Estimate, p99: Estimate) {
        let estimates = model.setup.async ? asyncOrders : syncOrders
        return (estimates[0], estimates[1])
    }

    var chosen: QueueModel { chosenIsAsync ? async : sync }
    /// Messages that left the queue without their e-mail going out: zero unless the queue loses messages.
    static func lost(_ model: QueueModel) -> Int {
        model.setup.async ? model.queue.published - model.mailed.count - model.queue.backlog : 0
    }
    static func failedPercent(_ model: QueueModel) -> Double {
        Double(model.ordersFailed) / Double(max(model.nextOrder, 1)) * 100
    }
    var drainSeconds: Double? { async.drainedAt.map { ($0 - async.setup.outage.upperBound).seconds } }

    func report() -> Report {
        var metrics = orderMetrics + emailMetrics + comparisonMetrics + cost.metrics
        if let drainSeconds {
            metrics.append(
                Metric(
                    "drain_s", drainSeconds, unit: "s",
                    Localized(en: "time after the outage until the queue was empty", ko: "장애가 끝난 뒤 큐가 빌 때까지")))
        }
        return Report(
            metrics: metrics, tables: [comparison], charts: [backlogChart], timelines: [emailService],
            findings: findings(metrics))
    }

    /// The chosen design's orders.
    private var orderMetrics: [Metric] {
        [
            Metric(
                "order_p50_ms", orderLatency(chosen).p50, unit: "ms",
                Localized(en: "median order latency", ko: "주문 지연 중앙값")),
            Metric(
                "order_p99_ms", orderLatency(chosen).p99, unit: "ms",
                Localized(en: "99th percentile order latency", ko: "주문 지연 99번째 백분위")),
            Metric("orders", Double(chosen.nextOrder), Localized(en: "orders placed", ko: "들어온 주문")),
            Metric("orders_failed", Double(chosen.ordersFailed), Localized(en: "orders that failed", ko: "실패한 주문")),
            Metric(
                "orders_failed_pct", Self.failedPercent(chosen), unit: "%",
                Localized(en: "share of orders that failed", ko: "실패한 주문의 비율")),
            Metric(
                "orders_rejected", Double(chosen.ordersRejected),
                Localized(
                    en: "orders turned away with every thread busy and the accept queue full",
                    ko: "스레드가 모두 바쁘고 대기열이 가득 차서 돌려보낸 주문")),
            Metric(
                "max_waiting", Double(chosen.maxWaiting),
                Localized(en: "most orders waiting for a thread", ko: "스레드를 기다린 주문의 최댓값"))
        ]
    }

    /// The e-mails of the run through the queue.
    private var emailMetrics: [Metric] {
        [
            Metric(
                "emails_sent", Double(async.mailed.count),
                Localized(en: "e-mails sent through the queue", ko: "큐로 보낸 이메일")),
            Metric(
                "emails_lost", Double(Self.lost(async)),
                Localized(en: "e-mails that left the queue unsent (lost)", ko: "보내지 않은 채 큐를 떠난 이메일 (유실)")),
            Metric(
                "emails_unsent", Double(async.queue.backlog),
                Localized(en: "e-mails still queued at the end of the run", ko: "실행이 끝날 때 아직 큐에 있던 이메일")),
            Metric(
                "emails_duplicated", Double(async.duplicates),
                Localized(
                    en: "e-mails that reached the customer again (at-least-once)", ko: "고객에게 다시 간 이메일 (최소 한 번 전달)")),
            Metric(
                "redeliveries", Double(async.queue.redelivered),
                Localized(en: "messages delivered again after no acknowledgement", ko: "확인이 없어 다시 전달한 메시지")),
            Metric("max_backlog", Double(async.maxBacklog), Localized(en: "longest queue", ko: "가장 길었던 큐")),
            Metric(
                "email_lag_p99_s", async.emailLag.percentileMilliseconds(99) / 1000, unit: "s",
                Localized(en: "99th percentile time from order to e-mail", ko: "주문에서 이메일까지 99번째 백분위"))
        ]
    }

    private var comparison: ReportTable {
        Comparison(
            title: Localized(en: "E-mail inside the request vs through the queue", ko: "요청 안의 이메일과 큐를 거친 이메일"),
            runs: [(Localized(en: "sync", ko: "동기"), sync), (Localized(en: "async (queue)", ko: "비동기 (큐)"), async)],
            rows: [
                .number(Localized(en: "order p50 (ms)", ko: "주문 p50 (ms)")) {
                    self.orderLatency($0).p50.mean
                },
                .number(Localized(en: "order p99 (ms)", ko: "주문 p99 (ms)")) {
                    self.orderLatency($0).p99.mean
                },
                .text(Localized(en: "orders failed", ko: "실패한 주문")) {
                    "\($0.ordersFailed) (\(MetricText.format(Self.failedPercent($0)))%)"
                },
                .text(Localized(en: "e-mails lost", ko: "잃어버린 이메일")) {
                    $0.setup.async ? String(Self.lost($0)) : String($0.ordersFailed)
                }
            ]
        ).table
    }

    private var backlogChart: Chart {
        .line(
            LineChart(
                title: Localized(en: "Queue backlog (async)", ko: "큐에 쌓인 메시지 (비동기)"),
                x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "messages", ko: "메시지"), yUnit: "",
                series: [
                    Series(
                        "backlog", label: Localized(en: "backlog", ko: "적체"),
                        points: async.backlog.means.map { Series.Point($0.time, $0.value) })
                ]))
    }

    private var emailService: Timeline {
        let outage = async.setup.outage
        let end = max(async.setup.stopOrders, async.drainedAt ?? .zero).seconds
        return Timeline(
            title: Localized(en: "E-mail service", ko: "이메일 서비스"),
            states: [Localized(en: "Up", ko: "정상"), Localized(en: "Down", ko: "장애")],
            segments: [
                .init(start: 0, end: outage.lowerBound.seconds, state: 0),
                .init(start: outage.lowerBound.seconds, end: outage.upperBound.seconds, state: 1),
                .init(start: outage.upperBound.seconds, end: end, state: 0)
            ].filter { $0.end > $0.start },
            timeUnit: "s")
    }
}
