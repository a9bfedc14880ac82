import MiniCluster

extension BulkheadOutcome {
    /// Sentences computed from the two runs.
    var findings: [Localized] {
        let sharedOrders = Self.orders(shared), isolatedOrders = Self.orders(bulkhead)
        let sharedText = MetricText.format(sharedOrders.incidentSuccessPercent)
        let isolatedText = MetricText.format(isolatedOrders.incidentSuccessPercent)
        let workers = shared.setup.workers, limit = bulkhead.setup.paymentLimit ?? 0
        var findings: [Localized] = []
        if sharedOrders.incidentSuccessPercent < isolatedOrders.incidentSuccessPercent - 1 {
            findings.append(Localized(
                en: "While payments hung, a shared pool of \(workers) threads answered only \(sharedText)% of orders in time: the threads were all stuck waiting on the payment provider. With bulkheads (\(limit) for payments, \(workers - limit) for orders) orders kept \(isolatedText)%.",
                ko: "결제가 멈춘 동안 스레드 \(workers)개를 함께 쓰는 풀은 주문의 \(sharedText)%만 제때 응답했습니다. 스레드가 모두 결제 대행사를 기다리며 묶였기 때문입니다. 벌크헤드로 나누면(결제 \(limit)개, 주문 \(workers - limit)개) 주문은 \(isolatedText)%를 지켰습니다."))
        } else {
            findings.append(Localized(
                en: "Orders fared about the same in both set-ups (\(sharedText)% shared, \(isolatedText)% with bulkheads): the hang did not use up the shared pool's \(workers) threads.",
                ko: "두 구성에서 주문 결과가 비슷했습니다 (공유 \(sharedText)%, 벌크헤드 \(isolatedText)%). 멈춤이 공유 풀의 스레드 \(workers)개를 다 쓰지는 못했습니다."))
        }
        let rejected = Self.payments(bulkhead).rejectedFast
        findings.append(Localized(
            en: "The bulkhead does not save payments: \(MetricText.format(Self.payments(bulkhead).successPercent))% were answered in time with it and \(MetricText.format(Self.payments(shared).successPercent))% without. It turned \(rejected) payments away at once when its \(limit) slots were full, instead of letting them take threads from orders.",
                ko: "벌크헤드가 결제를 살리지는 않습니다. 결제는 벌크헤드가 있을 때 \(MetricText.format(Self.payments(bulkhead).successPercent))%, 없을 때 \(MetricText.format(Self.payments(shared).successPercent))%가 제때 응답받았습니다. 대신 자리 \(limit)개가 찼을 때 결제 \(rejected)건을 바로 돌려보내, 주문의 스레드를 빼앗지 못하게 했습니다."))
        findings.append(Localized(
            en: "Order p99 was \(MetricText.format(sharedOrders.latencies.percentileMilliseconds(99))) ms with the shared pool and \(MetricText.format(isolatedOrders.latencies.percentileMilliseconds(99))) ms with bulkheads.",
            ko: "주문 p99는 공유 풀에서 \(MetricText.format(sharedOrders.latencies.percentileMilliseconds(99))) ms, 벌크헤드에서 \(MetricText.format(isolatedOrders.latencies.percentileMilliseconds(99))) ms였습니다."))
        return findings
    }
}
