import MiniCluster

extension BulkheadOutcome {
    /// Both set-ups' numbers that the findings quote and test.
    var comparisonMetrics: [Metric] {
        let setup = bulkhead.setup
        let slots = setup.paymentLimit ?? 0
        let hang = max(0, (min(setup.end, setup.hang.upperBound) - min(setup.end, setup.hang.lowerBound)).seconds)
        return [
            Metric(
                "hang_s", hang, unit: "s",
                Localized(en: "seconds the payment provider hung inside the run", ko: "실행 안에서 결제 대행사가 멈춘 시간")),
            Metric("workers", Double(setup.workers), Localized(en: "worker threads in all", ko: "전체 작업 스레드")),
            Metric(
                "payment_slots", Double(slots),
                Localized(en: "threads the bulkhead gives payments", ko: "벌크헤드가 결제에 주는 스레드")),
            Metric(
                "order_workers", Double(setup.workers - slots),
                Localized(en: "threads left for orders with bulkheads", ko: "벌크헤드에서 주문에 남는 스레드")),
            Metric(
                "payment_success_shared_pct", Self.payments(shared).successEstimate, unit: "%",
                Localized(en: "payments answered in time, shared pool", ko: "제때 응답한 결제, 공유 풀")),
            Metric(
                "payment_success_bulkhead_pct", Self.payments(bulkhead).successEstimate, unit: "%",
                Localized(en: "payments answered in time, bulkheads", ko: "제때 응답한 결제, 벌크헤드")),
            Metric(
                "payment_rejected_bulkhead", Double(Self.payments(bulkhead).rejectedFast),
                Localized(en: "payments turned away at once, bulkheads", ko: "바로 돌려보낸 결제, 벌크헤드"))
        ]
    }

    /// What the two set-ups show, each finding said only when its numbers bear it out.
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        let hang = MetricRef("hang_s") > 0
        orderFindings(&list, hang: hang)
        list.say(
            "bulkhead.payments",
            when: hang
                && MetricRef("payment_success_bulkhead_pct.lower") <= MetricRef("payment_success_shared_pct.upper"),
            Localized(

                en:
                    "The bulkhead does not save payments: {payment_success_bulkhead_pct}% were answered in time with it and {payment_success_shared_pct}% without.",
                ko:
                    "벌크헤드가 결제를 살리지는 않습니다. 결제는 벌크헤드가 있을 때 {payment_success_bulkhead_pct}%, 없을 때 {payment_success_shared_pct}%가 제때 응답받았습니다."
            ))
        list.say(
            "bulkhead.rejected", when: MetricRef("payment_rejected_bulkhead") > 0,
            Localized(
                en:
                    "With its {payment_slots} slots full, the bulkhead turned {payment_rejected_bulkhead} payments away at once instead of letting them take threads from orders.",
                ko: "자리 {payment_slots}개가 찼을 때 벌크헤드는 결제 {payment_rejected_bulkhead}건을 바로 돌려보내, 주문의 스레드를 빼앗지 못하게 했습니다."))
        RunCost.sayShortened(&list, experiment: "bulkhead")
        list.say(
            "bulkhead.p99",
            Localized(

                en:
                    "Order p99 was {order_p99_shared_ms} ms with the shared pool and {order_p99_bulkhead_ms} ms with bulkheads.",
                ko: "주문 p99는 공유 풀에서 {order_p99_shared_ms} ms, 벌크헤드에서 {order_p99_bulkhead_ms} ms였습니다."))
        return list.findings
    }

    /// Whether orders kept their threads while payments hung, with one pool or a bulkhead.
    private func orderFindings(_ list: inout FindingList, hang: FindingCondition) {
        let shared = MetricRef("order_hang_success_shared_pct.upper")
        let isolated = MetricRef("order_hang_success_bulkhead_pct.lower")
        let sharedLow = MetricRef("order_hang_success_shared_pct.lower")
        let isolatedHigh = MetricRef("order_hang_success_bulkhead_pct.upper")
        list.say(
            "bulkhead.no_hang", when: !hang,
            Localized(
                en:
                    "The payment provider never hung inside this run (duration=0, or it starts after the run): there was nothing to isolate.",
                ko: "이번 실행 안에서는 결제 대행사가 멈추지 않았습니다 (duration=0이거나 실행이 끝난 뒤 시작). 격리할 것이 없었습니다."))
        list.say(
            "bulkhead.isolation", when: hang && shared < isolated,
            Localized(
                en:
                    "While payments hung, a shared pool of {workers} threads answered only {order_hang_success_shared_pct}% of orders in time: the threads were all stuck waiting on the payment provider. With bulkheads ({payment_slots} for payments, {order_workers} for orders) orders kept {order_hang_success_bulkhead_pct}%.",
                ko:
                    "결제가 멈춘 동안 스레드 {workers}개를 함께 쓰는 풀은 주문의 {order_hang_success_shared_pct}%만 제때 응답했습니다. 스레드가 모두 결제 대행사를 기다리며 묶였기 때문입니다. 벌크헤드로 나누면(결제 {payment_slots}개, 주문 {order_workers}개) 주문은 {order_hang_success_bulkhead_pct}%를 지켰습니다."
            ))
        list.say(
            "bulkhead.same", when: hang && !(shared < isolated) && !(isolatedHigh < sharedLow),
            Localized(
                en:
                    "Orders fared about the same in both set-ups, within the 95% intervals ({order_hang_success_shared_pct}% shared, {order_hang_success_bulkhead_pct}% with bulkheads): the hang did not use up the shared pool's {workers} threads.",
                ko:
                    "두 구성에서 주문 결과가 비슷했습니다 (공유 {order_hang_success_shared_pct}%, 벌크헤드 {order_hang_success_bulkhead_pct}%). 멈춤이 공유 풀의 스레드 {workers}개를 다 쓰지는 못했습니다."
            ))
        list.say(
            "bulkhead.too_small", when: hang && isolatedHigh < sharedLow,
            Localized(
                en:
                    "Orders fared worse with bulkheads ({order_hang_success_bulkhead_pct}% against {order_hang_success_shared_pct}% shared): the {order_workers} threads left for orders are too few for their load. Give payments fewer (payment_limit) or add workers.",
                ko:
                    "벌크헤드에서 주문 결과가 더 나빴습니다 (공유 {order_hang_success_shared_pct}%에 비해 {order_hang_success_bulkhead_pct}%). 주문에 남은 스레드 {order_workers}개가 부하에 비해 너무 적습니다. payment_limit을 줄이거나 workers를 늘리세요."
            ))
    }
}
