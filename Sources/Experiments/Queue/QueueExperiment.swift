import MiniCluster

/// `queue`: save the order synchronously, send the e-mail through a queue: latency and outage isolation.
package struct QueueExperiment: Experiment {
    package init() {}

    package let id = "queue"
    package let section = "3.3"
    package let summary = Localized(
        en: "Orders with the e-mail sent inline or through a message queue: latency, bursts, outages",
        ko: "이메일을 요청 안에서 보낼 때와 메시지 큐로 보낼 때: 지연, 몰림, 장애")
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let mode = ParameterKey<String>(
            "mode", choices: ["async", "sync"], default: "async",
            Localized(
                en: "async: e-mail through the queue; sync: inside the request", ko: "async: 큐로 이메일, sync: 요청 안에서 이메일"))
        static let rate = ParameterKey<Double>(
            "rate", 0.1...1000, default: 30, unit: "orders/s", Localized(en: "orders per second", ko: "초당 주문 수"))
        static let burst = ParameterKey<Double>(
            "burst", 0.1...5000, default: 150, unit: "orders/s",
            Localized(en: "order rate during the burst", ko: "몰릴 때의 초당 주문 수"))
        static let burstAt = ParameterKey<Double>(
            "burst_at", 0...600, default: 5, unit: "s", Localized(en: "when the burst starts", ko: "몰림이 시작되는 시각"))
        static let burstS = ParameterKey<Double>(
            "burst_s", 0...60, default: 5, unit: "s", Localized(en: "how long the burst lasts", ko: "몰림이 이어지는 시간"))
        static let dbMs = ParameterKey<Double>(
            "db_ms", 0.01...10_000, default: 10, unit: "ms",
            Localized(en: "mean time to save an order", ko: "주문 저장 평균 시간"))
        static let emailMs = ParameterKey<Double>(
            "email_ms", 0.01...60_000, default: 200, unit: "ms",
            Localized(en: "mean time to send an e-mail", ko: "이메일 발송 평균 시간"))
        static let threads = ParameterKey<Int>(
            "threads", 1...1000, default: 20,
            Localized(
                en: "order API threads (each holds an order until it is answered)",
                ko: "주문 API 스레드 수 (스레드마다 응답할 때까지 주문 하나를 붙잡음)"))
        static let consumers = ParameterKey<Int>(
            "consumers", 1...1000, default: 10, Localized(en: "queue consumers sending e-mail", ko: "이메일을 보내는 큐 소비자 수"))
        static let outageAt = ParameterKey<Double>(
            "outage_at", 0...600, default: 20, unit: "s",
            Localized(en: "when the e-mail service goes down", ko: "이메일 서비스가 멈추는 시각"))
        static let outage = ParameterKey<Double>(
            "outage", 0...600, default: 10, unit: "s", Localized(en: "how long it stays down", ko: "멈춰 있는 시간"))
        static let timeout = ParameterKey<Double>(
            "timeout", 1...60_000, default: 1000, unit: "ms",
            Localized(en: "how long a send waits before failing", ko: "발송이 실패로 끝나기까지 기다리는 시간"))
        static let visibility = ParameterKey<Double>(
            "visibility", 1...600_000, default: 5000, unit: "ms",
            Localized(en: "unacknowledged messages are delivered again after this", ko: "확인되지 않은 메시지를 다시 전달하기까지의 시간"))
        static let seconds = ParameterKey<Double>(
            "seconds", 1...600, default: 40, unit: "s", Localized(en: "how long orders keep coming", ko: "주문이 들어오는 시간"))
    }

    package let parameters = [
        Key.mode.spec, Key.rate.spec, Key.burst.spec, Key.burstAt.spec, Key.burstS.spec,
        Key.dbMs.spec, Key.emailMs.spec, Key.threads.spec, Key.consumers.spec, Key.outageAt.spec, Key.outage.spec,
        Key.timeout.spec, Key.visibility.spec, Key.seconds.spec
    ]
    package let sweepPlot = SweepPlot(x: Key.consumers.name, y: ["max_backlog"])
    package let sizeParameter: String? = Key.seconds.name
    package let assumptions = Localized(
        en:
            "Orders arrive as a Poisson stream (faster during the burst) at an API with a fixed number of threads and an accept queue of 100; a full queue turns an order away. Inline, a thread holds the order for the save and the send (a send slower than timeout, or one during the outage, fails the order); queued, only for the save and a 1 ms publish. Times are exponential. Consumers take messages in order; a send that outlives the timeout still reaches the customer but is not acknowledged, so the queue delivers it again after the visibility timeout (at-least-once). Consumers drain for up to an hour after the last order; a run simulates at most what fits in its event budget.",
        ko:
            "주문은 포아송 흐름(몰릴 때 더 빠름)으로 스레드 수가 정해진 API에 도착하고, 대기열은 100개이며 가득 차면 주문을 돌려보냅니다. 요청 안에서 보내면 스레드가 저장과 발송 동안 주문을 붙잡습니다 (timeout보다 느린 발송이나 장애 중의 발송은 주문 실패). 큐를 쓰면 저장과 1 ms 발행 동안만 붙잡습니다. 시간은 지수 분포입니다. 소비자는 메시지를 순서대로 가져갑니다. 타임아웃보다 오래 걸린 발송도 고객에게 닿지만 확인되지 않아, 가시성 타임아웃 뒤에 큐가 다시 전달합니다 (최소 한 번). 소비자는 마지막 주문 뒤 최대 한 시간 동안 큐를 비웁니다. 한 번의 실행은 이벤트 한도에 들어가는 만큼만 시뮬레이션합니다."
    )

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let budget = RunBudget(control, runs: 2)
        let seconds = values[Key.seconds]
        let orders = values[Key.rate] * seconds + values[Key.burst] * min(values[Key.burstS], seconds)
        var cost = RunCost(
            askedSeconds: seconds,
            simulatedSeconds: budget.seconds(asked: seconds, eventsPerSecond: 5 * orders / seconds))
        let async = try simulate(values, async: true, seed: seed, budget: budget, cost: &cost)
        let sync = try simulate(values, async: false, seed: seed, budget: budget, cost: &cost)
        return QueueOutcome(async: async, sync: sync, chosenIsAsync: values[Key.mode] == "async", cost: cost)
            .report()
    }

    /// How long consumers may drain the queue after the last order.
    static let drainLimit = SimTime.seconds(3600)

    private func simulate(
        _ values: ParameterValues, async: Bool, seed: UInt64, budget: RunBudget,
        cost: inout RunCost
    ) throws -> QueueModel {
        let burstStart = SimTime.seconds(values[Key.burstAt])
        let outageStart = SimTime.seconds(values[Key.outageAt])
        let setup = QueueModel.Setup(
            async: async,
            orders: .spike(
                base: values[Key.rate], peak: values[Key.burst], from: burstStart,
                to: burstStart + .seconds(values[Key.burstS])),
            dbMs: values[Key.dbMs], emailMs: values[Key.emailMs], timeoutMs: values[Key.timeout],
            threads: values[Key.threads], consumers: values[Key.consumers],
            outage: outageStart..<(outageStart + .seconds(values[Key.outage])),
            stopOrders: .seconds(cost.simulatedSeconds), visibility: .milliseconds(values[Key.visibility]))
        var simulation = Simulation(model: QueueModel(setup: setup, seed: seed))
        simulation.model.arrivals.start(.order, scheduler: &simulation.scheduler)
        let cut = try budget.run(&simulation, until: setup.stopOrders + Self.drainLimit)
        cost.add(simulation, cut: cut)

        return simulation.model
    }
}
