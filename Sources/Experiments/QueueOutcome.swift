import MiniCluster

/// A `queue` run in both designs, side by side.
struct QueueOutcome {
    let async: QueueModel
    let sync: QueueModel
    let chosenIsAsync: Bool

    var chosen: QueueModel { chosenIsAsync ? async : sync }
    static func lost(_ model: QueueModel) -> Int { model.setup.async ? model.queue.published - model.delivered.count : 0 }
    static func failedPercent(_ model: QueueModel) -> Double { Double(model.ordersFailed) / Double(max(model.nextOrder, 1)) * 100 }
    var drainSeconds: Double? { async.drainedAt.map { ($0 - async.setup.outage.upperBound).seconds } }

    func report(experiment: QueueExperiment, values: ParameterValues, seed: UInt64) -> Report {
        var metrics = [
            Metric("order_p50_ms", chosen.orders.percentileMilliseconds(50), unit: "ms", Localized(en: "median order latency", ko: "주문 지연 중앙값")),
            Metric("order_p99_ms", chosen.orders.percentileMilliseconds(99), unit: "ms", Localized(en: "99th percentile order latency", ko: "주문 지연 99번째 백분위")),
            Metric("orders", Double(chosen.nextOrder), Localized(en: "orders placed", ko: "들어온 주문")),
            Metric("orders_failed", Double(chosen.ordersFailed), Localized(en: "orders that failed", ko: "실패한 주문")),
            Metric("orders_failed_pct", Self.failedPercent(chosen), unit: "%", Localized(en: "share of orders that failed", ko: "실패한 주문의 비율")),
            Metric("emails_sent", Double(async.delivered.count), Localized(en: "e-mails sent through the queue", ko: "큐로 보낸 이메일")),
            Metric("emails_lost", Double(Self.lost(async)), Localized(en: "queued e-mails never sent", ko: "끝내 보내지 못한 큐의 이메일")),
            Metric("emails_duplicated", Double(async.duplicates), Localized(en: "e-mails sent twice (at-least-once)", ko: "두 번 보낸 이메일 (최소 한 번 전달)")),
            Metric("redeliveries", Double(async.queue.redelivered), Localized(en: "messages delivered again after a failed send", ko: "발송 실패 뒤 다시 전달한 메시지")),
            Metric("max_backlog", Double(async.maxBacklog), Localized(en: "longest queue", ko: "가장 길었던 큐")),
            Metric("email_lag_p99_s", async.emailLag.percentileMilliseconds(99) / 1000, unit: "s", Localized(en: "99th percentile time from order to e-mail", ko: "주문에서 이메일까지 99번째 백분위")),
            Metric("sync_order_p99_ms", sync.orders.percentileMilliseconds(99), unit: "ms", Localized(en: "order p99, e-mail inline", ko: "주문 p99, 요청 안에서 이메일")),
            Metric("async_order_p99_ms", async.orders.percentileMilliseconds(99), unit: "ms", Localized(en: "order p99, e-mail queued", ko: "주문 p99, 큐로 이메일")),
            Metric("sync_orders_failed", Double(sync.ordersFailed), Localized(en: "orders failed, e-mail inline", ko: "실패한 주문, 요청 안에서 이메일")),
        ]
        if let drainSeconds {
            metrics.append(Metric("drain_s", drainSeconds, unit: "s", Localized(en: "time after the outage until the queue was empty", ko: "장애가 끝난 뒤 큐가 빌 때까지")))
        }
        return Report(experiment: experiment.id, seed: seed, parameters: values, section: experiment.section,
                      metrics: metrics, tables: [comparison], charts: [backlogChart], timelines: [emailService], findings: findings)
    }

    private var comparison: ReportTable {
        func row(_ label: Localized, _ value: (QueueModel) -> String) -> [Localized] {
            [label, Localized(verbatim: value(sync)), Localized(verbatim: value(async))]
        }
        return ReportTable(
            title: Localized(en: "E-mail inside the request vs through the queue", ko: "요청 안의 이메일과 큐를 거친 이메일"),
            columns: [Localized(en: "quantity", ko: "항목"), Localized(en: "sync", ko: "동기"), Localized(en: "async (queue)", ko: "비동기 (큐)")],
            rows: [
                row(Localized(en: "order p50 (ms)", ko: "주문 p50 (ms)")) { MetricText.format($0.orders.percentileMilliseconds(50)) },
                row(Localized(en: "order p99 (ms)", ko: "주문 p99 (ms)")) { MetricText.format($0.orders.percentileMilliseconds(99)) },
                row(Localized(en: "orders failed", ko: "실패한 주문")) { "\($0.ordersFailed) (\(MetricText.format(Self.failedPercent($0)))%)" },
                row(Localized(en: "e-mails lost", ko: "잃어버린 이메일")) { $0.setup.async ? String(Self.lost($0)) : String($0.ordersFailed) },
            ])
    }

    private var backlogChart: Chart {
        .line(LineChart(title: Localized(en: "Queue backlog (async)", ko: "큐에 쌓인 메시지 (비동기)"),
                        x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "messages", ko: "메시지"), yUnit: "",
                        series: [Series("backlog", points: async.backlog.means.map { Series.Point($0.time, $0.value) })]))
    }

    private var emailService: Timeline {
        let outage = async.setup.outage
        let end = max(async.setup.stopOrders, async.drainedAt ?? .zero).seconds
        return Timeline(title: Localized(en: "E-mail service", ko: "이메일 서비스"),
                        states: [Localized(en: "Up", ko: "정상"), Localized(en: "Down", ko: "장애")],
                        segments: [.init(start: 0, end: outage.lowerBound.seconds, state: 0),
                                   .init(start: outage.lowerBound.seconds, end: outage.upperBound.seconds, state: 1),
                                   .init(start: outage.upperBound.seconds, end: end, state: 0)].filter { $0.end > $0.start },
                        timeUnit: "s")
    }

    private var findings: [Localized] {
        let syncP50 = MetricText.format(sync.orders.percentileMilliseconds(50)), asyncP50 = MetricText.format(async.orders.percentileMilliseconds(50))
        var findings = [Localized(
            en: "A customer waits \(syncP50) ms for an order when the e-mail is sent inline, \(asyncP50) ms when it goes to the queue: the request no longer waits for the mail server.",
            ko: "이메일을 요청 안에서 보내면 고객은 주문에 \(syncP50) ms를 기다리고, 큐로 넘기면 \(asyncP50) ms를 기다립니다. 요청이 더는 메일 서버를 기다리지 않습니다.")]
        findings.append(Localized(
            en: "During the e-mail outage, \(sync.ordersFailed) orders failed in the inline design; with the queue \(async.ordersFailed) failed and \(async.queue.redelivered) messages were simply delivered again later.",
            ko: "이메일 장애 동안 요청 안에서 보내는 설계에서는 주문 \(sync.ordersFailed)건이 실패했고, 큐를 쓰면 \(async.ordersFailed)건이 실패했으며 메시지 \(async.queue.redelivered)건은 나중에 다시 전달되었을 뿐입니다."))
        if let drainSeconds {
            findings.append(Localized(
                en: "The backlog peaked at \(async.maxBacklog) messages and the queue was empty \(MetricText.format(drainSeconds)) s after the service came back; \(Self.lost(async)) e-mails were lost and \(async.duplicates) sent twice.",
                ko: "큐는 최대 \(async.maxBacklog)개까지 쌓였고 서비스가 돌아온 뒤 \(MetricText.format(drainSeconds))초 만에 비었습니다. 잃어버린 이메일은 \(Self.lost(async))건, 두 번 보낸 이메일은 \(async.duplicates)건입니다."))
        }
        return findings
    }
}
