import MiniCluster

extension QueueOutcome {
    /// Seconds of the e-mail outage while orders were still coming in.
    var outageSeconds: Double {
        let outage = async.setup.outage
        let stop = async.setup.stopOrders
        return max(0, (min(stop, outage.upperBound) - min(stop, outage.lowerBound)).seconds)
    }

    /// Both designs' numbers that the findings quote and test.
    var comparisonMetrics: [Metric] {
        func labels(_ label: Localized) -> (sync: Localized, async: Localized) {
            (
                Localized(en: "\(label.en), e-mail inline", ko: "\(label.ko), 요청 안에서 이메일"),
                Localized(en: "\(label.en), e-mail queued", ko: "\(label.ko), 큐로 이메일")
            )
        }
        func measured(_ name: String, _ value: (QueueModel) -> Estimate, _ label: Localized) -> [Metric] {
            [
                Metric("sync_\(name)", value(sync), unit: "ms", labels(label).sync),
                Metric("async_\(name)", value(async), unit: "ms", labels(label).async)
            ]
        }
        func metric(_ name: String, _ value: (QueueModel) -> Int, _ label: Localized) -> [Metric] {
            [
                Metric("sync_\(name)", Double(value(sync)), labels(label).sync),
                Metric("async_\(name)", Double(value(async)), labels(label).async)
            ]
        }

        return measured(
            "order_p50_ms", { orderLatency($0).p50 }, Localized(en: "order p50", ko: "주문 p50"))
            + measured(
                "order_p99_ms", { orderLatency($0).p99 }, Localized(en: "order p99", ko: "주문 p99"))
            + metric("orders_failed", { $0.ordersFailed }, Localized(en: "orders failed", ko: "실패한 주문"))
            + metric("orders_rejected", { $0.ordersRejected }, Localized(en: "orders turned away", ko: "돌려보낸 주문"))
            + metric(
                "outage_failures", { $0.outageFailures },
                Localized(en: "orders placed during the outage that failed", ko: "장애 중 들어와 실패한 주문"))
            + [
                Metric(
                    "outage_s", outageSeconds, unit: "s",
                    Localized(en: "seconds of e-mail outage while orders came in", ko: "주문이 들어오는 동안의 이메일 장애 시간")),
                Metric("threads", Double(sync.setup.threads), Localized(en: "order API threads", ko: "주문 API 스레드"))
            ]
    }

    /// What the two designs show, each said only when its numbers bear it out.
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        list.say(
            "queue.latency", when: MetricRef("async_order_p50_ms.upper") < MetricRef("sync_order_p50_ms.lower"),
            Localized(
                en:
                    "A customer waits {sync_order_p50_ms} ms (median) for an order when the e-mail is sent inline, {async_order_p50_ms} ms when it goes to the queue: the request no longer waits for the mail server.",
                ko:
                    "이메일을 요청 안에서 보내면 고객은 주문에 (중앙값) {sync_order_p50_ms} ms를 기다리고, 큐로 넘기면 {async_order_p50_ms} ms를 기다립니다. 요청이 더는 메일 서버를 기다리지 않습니다."
            ))
        list.say(
            "queue.threads", when: MetricRef("sync_orders_rejected") > MetricRef("async_orders_rejected"),
            Localized(
                en:
                    "Inline, each order holds one of the {threads} threads for the whole send, so when orders come faster than the threads can send, they fill the accept queue: {sync_orders_rejected} orders were turned away and p99 reached {sync_order_p99_ms} ms. With the queue a thread is free after the save: {async_orders_rejected} turned away, p99 {async_order_p99_ms} ms.",
                ko:
                    "요청 안에서 보내면 주문마다 스레드 {threads}개 중 하나를 발송이 끝날 때까지 붙잡습니다. 그래서 스레드가 보낼 수 있는 것보다 주문이 빨리 오면 대기열이 차고, 주문 {sync_orders_rejected}건을 돌려보냈으며 p99는 {sync_order_p99_ms} ms에 이르렀습니다. 큐를 쓰면 저장만 끝나면 스레드가 풀려, 돌려보낸 주문 {async_orders_rejected}건, p99 {async_order_p99_ms} ms였습니다."
            ))
        list.say(
            "queue.outage",
            when: MetricRef("outage_s") > 0 && MetricRef("sync_outage_failures") > MetricRef("async_outage_failures"),
            Localized(
                en:
                    "During the {outage_s} s e-mail outage, {sync_outage_failures} orders placed then failed in the inline design; with the queue {async_outage_failures} failed, and {redeliveries} messages were simply delivered again later.",
                ko:
                    "{outage_s}초 동안의 이메일 장애 중에 들어온 주문 가운데 요청 안에서 보내는 설계에서는 {sync_outage_failures}건이 실패했고, 큐를 쓰면 {async_outage_failures}건이 실패했으며 메시지 {redeliveries}건은 나중에 다시 전달되었을 뿐입니다."
            ))
        list.say(
            "queue.no_outage", when: MetricRef("outage_s") == 0,
            Localized(
                en:
                    "The e-mail service never went down while orders came in (outage=0, or it falls outside the run), so this run shows no outage isolation.",
                ko: "주문이 들어오는 동안 이메일 서비스가 멈춘 적이 없어서 (outage=0이거나 실행 밖), 이번 실행은 장애 격리를 보여 주지 않습니다."))
        deliveryFindings(&list)
        RunCost.sayShortened(&list, experiment: "queue")
        return list.findings
    }

    private func deliveryFindings(_ list: inout FindingList) {
        if drainSeconds != nil {
            list.say(
                "queue.drain", when: MetricRef("outage_s") > 0 && MetricRef("max_backlog") > 0,
                Localized(
                    en:
                        "The backlog peaked at {max_backlog} messages and the queue was empty {drain_s} s after the e-mail service came back.",
                    ko: "큐는 최대 {max_backlog}개까지 쌓였고 이메일 서비스가 돌아온 뒤 {drain_s}초 만에 비었습니다."))
        }
        list.say(
            "queue.no_loss", when: MetricRef("emails_lost") == 0,
            Localized(
                en:
                    "No e-mail was lost: {emails_sent} went out and {emails_unsent} were still queued when the run ended.",
                ko: "잃어버린 이메일은 없습니다. {emails_sent}건이 나갔고 실행이 끝날 때 {emails_unsent}건이 아직 큐에 있었습니다."))
        list.say(
            "queue.duplicates", when: MetricRef("emails_duplicated") > 0,
            Localized(
                en:
                    "{emails_duplicated} e-mails reached their customer twice: the send outlived the consumer's timeout (or the visibility timeout), so it was never acknowledged and the queue delivered it again. At-least-once delivery needs an idempotent consumer.",
                ko:
                    "이메일 {emails_duplicated}건이 고객에게 두 번 갔습니다. 발송이 소비자의 타임아웃(또는 가시성 타임아웃)보다 오래 걸려 확인되지 않았고, 큐가 메시지를 다시 전달했습니다. 최소 한 번 전달에는 멱등한 소비자가 필요합니다."
            ))
        list.say(
            "queue.no_duplicates", when: MetricRef("emails_duplicated") == 0,
            Localized(
                en:
                    "No e-mail went out twice here: at-least-once delivery repeats only a message whose send succeeded without an acknowledgement (a send slower than timeout, or a visibility timeout shorter than a send).",
                ko:
                    "여기서는 두 번 나간 이메일이 없습니다. 최소 한 번 전달은 발송은 성공했는데 확인이 없던 메시지만 되풀이합니다 (timeout보다 느린 발송, 또는 발송보다 짧은 가시성 타임아웃)."
            ))
    }
}
