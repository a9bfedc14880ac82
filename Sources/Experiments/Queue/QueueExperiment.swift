import MiniCluster

/// `queue`: save the order synchronously, send the e-mail through a queue: latency and outage isolation.
package struct QueueExperiment: Experiment {
    package init() {}

    package let id = "queue"
    package let section = "3.3"
    package let summary = Localized(en: "Orders with the e-mail sent inline or through a message queue: latency, bursts, outages",
                                    ko: "이메일을 요청 안에서 보낼 때와 메시지 큐로 보낼 때: 지연, 몰림, 장애")
    package let parameters = [
        ParameterSpec("mode", .choice(["async", "sync"]), default: .choice("async"),
                      Localized(en: "async: e-mail through the queue; sync: inside the request", ko: "async: 큐로 이메일, sync: 요청 안에서 이메일")),
        ParameterSpec("rate", .real(0.1...1000), default: .real(30), unit: "orders/s", Localized(en: "orders per second", ko: "초당 주문 수")),
        ParameterSpec("burst", .real(0.1...5000), default: .real(150), unit: "orders/s", Localized(en: "order rate during the burst", ko: "몰릴 때의 초당 주문 수")),
        ParameterSpec("burst_at", .real(0...600), default: .real(5), unit: "s", Localized(en: "when the burst starts", ko: "몰림이 시작되는 시각")),
        ParameterSpec("burst_s", .real(0...60), default: .real(5), unit: "s", Localized(en: "how long the burst lasts", ko: "몰림이 이어지는 시간")),
        ParameterSpec("db_ms", .real(0.01...10_000), default: .real(10), unit: "ms", Localized(en: "mean time to save an order", ko: "주문 저장 평균 시간")),
        ParameterSpec("email_ms", .real(0.01...60_000), default: .real(200), unit: "ms", Localized(en: "mean time to send an e-mail", ko: "이메일 발송 평균 시간")),
        ParameterSpec("threads", .integer(1...1000), default: .integer(20), Localized(en: "order API threads (each holds an order until it is answered)", ko: "주문 API 스레드 수 (스레드마다 응답할 때까지 주문 하나를 붙잡음)")),
        ParameterSpec("consumers", .integer(1...1000), default: .integer(10), Localized(en: "queue consumers sending e-mail", ko: "이메일을 보내는 큐 소비자 수")),
        ParameterSpec("outage_at", .real(0...600), default: .real(20), unit: "s", Localized(en: "when the e-mail service goes down", ko: "이메일 서비스가 멈추는 시각")),
        ParameterSpec("outage", .real(0...600), default: .real(10), unit: "s", Localized(en: "how long it stays down", ko: "멈춰 있는 시간")),
        ParameterSpec("timeout", .real(1...60_000), default: .real(1000), unit: "ms", Localized(en: "how long a send waits before failing", ko: "발송이 실패로 끝나기까지 기다리는 시간")),
        ParameterSpec("visibility", .real(1...600_000), default: .real(5000), unit: "ms", Localized(en: "unacknowledged messages are delivered again after this", ko: "확인되지 않은 메시지를 다시 전달하기까지의 시간")),
        ParameterSpec("seconds", .real(1...600), default: .real(40), unit: "s", Localized(en: "how long orders keep coming", ko: "주문이 들어오는 시간")),
    ]
    package let sweepPlot = SweepPlot(x: "consumers", y: ["max_backlog"])
    package let sizeParameter: String? = "seconds"
    package let assumptions = Localized(
        en: "Orders arrive as a Poisson stream (faster during the burst) at an API with a fixed number of threads and an accept queue of 100; a full queue turns an order away. Inline, a thread holds the order for the save and the send (a send slower than timeout, or one during the outage, fails the order); queued, only for the save and a 1 ms publish. Times are exponential. Consumers take messages in order; a send that outlives the timeout still reaches the customer but is not acknowledged, so the queue delivers it again after the visibility timeout (at-least-once). Consumers drain for up to an hour after the last order; a run simulates at most what fits in its event budget.",
        ko: "주문은 포아송 흐름(몰릴 때 더 빠름)으로 스레드 수가 정해진 API에 도착하고, 대기열은 100개이며 가득 차면 주문을 돌려보냅니다. 요청 안에서 보내면 스레드가 저장과 발송 동안 주문을 붙잡습니다 (timeout보다 느린 발송이나 장애 중의 발송은 주문 실패). 큐를 쓰면 저장과 1 ms 발행 동안만 붙잡습니다. 시간은 지수 분포입니다. 소비자는 메시지를 순서대로 가져갑니다. 타임아웃보다 오래 걸린 발송도 고객에게 닿지만 확인되지 않아, 가시성 타임아웃 뒤에 큐가 다시 전달합니다 (최소 한 번). 소비자는 마지막 주문 뒤 최대 한 시간 동안 큐를 비웁니다. 한 번의 실행은 이벤트 한도에 들어가는 만큼만 시뮬레이션합니다.")

    package func run(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let budget = RunBudget(control, runs: 2)
        let seconds = values.real("seconds")
        let orders = values.real("rate") * seconds + values.real("burst") * min(values.real("burst_s"), seconds)
        var cost = RunCost(askedSeconds: seconds, simulatedSeconds: budget.seconds(asked: seconds, eventsPerSecond: 5 * orders / seconds))
        let async = try simulate(values, async: true, seed: seed, budget: budget, cost: &cost)
        let sync = try simulate(values, async: false, seed: seed, budget: budget, cost: &cost)
        return QueueOutcome(async: async, sync: sync, chosenIsAsync: values.choice("mode") == "async", cost: cost)
            .report(experiment: self, values: values, seed: seed)
    }

    /// How long consumers may drain the queue after the last order.
    static let drainLimit = SimTime.seconds(3600)

    private func simulate(_ values: ParameterValues, async: Bool, seed: UInt64, budget: RunBudget,
                          cost: inout RunCost) throws -> QueueModel {
        let burstStart = SimTime.seconds(values.real("burst_at")), outageStart = SimTime.seconds(values.real("outage_at"))
        let setup = QueueModel.Setup(
            async: async,
            orders: .spike(base: values.real("rate"), peak: values.real("burst"), from: burstStart, to: burstStart + .seconds(values.real("burst_s"))),
            dbMs: values.real("db_ms"), emailMs: values.real("email_ms"), timeoutMs: values.real("timeout"),
            threads: values.integer("threads"), consumers: values.integer("consumers"), outage: outageStart..<(outageStart + .seconds(values.real("outage"))),
            stopOrders: .seconds(cost.simulatedSeconds), visibility: .milliseconds(values.real("visibility")))
        var simulation = Simulation(model: QueueModel(setup: setup, seed: seed))
        simulation.scheduler.schedule(.order, at: .zero)
        let cut = try budget.run(&simulation, until: setup.stopOrders + Self.drainLimit)
        cost.add(simulation, cut: cut)

        return simulation.model
    }
}
