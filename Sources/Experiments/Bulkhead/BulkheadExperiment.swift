import MiniCluster

/// `bulkhead`: separate worker pools keep orders alive while the payment provider hangs.
package struct BulkheadExperiment: Experiment {
    package init() {}

    package let id = "bulkhead"
    package let section = "3.1"
    package let summary = Localized(
        en: "Bulkheads: separate thread pools keep orders alive while payments hang",
        ko: "벌크헤드: 스레드 풀을 나누면 결제가 멈춰도 주문은 살아 있습니다")
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let mode = ParameterKey<String>(
            "mode", choices: ["shared", "bulkhead"], default: "bulkhead",
            Localized(
                en: "set-up charted: one shared pool, or a bulkhead per kind (both are always run)",
                ko: "그래프로 볼 구성: 하나의 공유 풀, 또는 종류별 벌크헤드 (두 구성 모두 항상 실행합니다)"))
        static let at = ParameterKey<Double>(
            "at", 0...600, default: 10, unit: "s",
            Localized(en: "when the payment provider starts to hang", ko: "결제 대행사가 멈추기 시작하는 시각"))
        static let duration = ParameterKey<Double>(
            "duration", 0...600, default: 20, unit: "s",
            Localized(en: "how long it hangs", ko: "멈춰 있는 시간"))
        static let seconds = ParameterKey<Double>(
            "seconds", 1...600, default: 60, unit: "s",
            Localized(en: "length of the run", ko: "실행 길이"))
        static let orderRate = ParameterKey<Double>(
            "order_rate", 0.1...2000, default: 100, unit: "req/s",
            Localized(en: "order requests", ko: "주문 요청"))
        static let paymentRate = ParameterKey<Double>(
            "payment_rate", 0.1...2000, default: 30, unit: "req/s",
            Localized(en: "payment requests", ko: "결제 요청"))
        static let workers = ParameterKey<Int>(
            "workers", 2...2000, default: 30,
            Localized(en: "worker threads of the service in all", ko: "서비스의 전체 작업 스레드 수"))
        static let paymentLimit = ParameterKey<Int>(
            "payment_limit", 1...1999, default: 10,
            Localized(
                en: "bulkhead mode: payments allowed at once, at most workers − 1 (the other threads serve orders)",
                ko: "벌크헤드 구성에서 동시에 허용하는 결제 수, 최대 workers − 1 (나머지 스레드는 주문을 처리합니다)"))
        static let orderMs = ParameterKey<Double>(
            "order_ms", 0.01...10_000, default: 10, unit: "ms",
            Localized(en: "mean work of an order", ko: "주문 하나의 평균 처리 시간"))
        static let paymentMs = ParameterKey<Double>(
            "payment_ms", 0.01...10_000, default: 50, unit: "ms",
            Localized(en: "mean payment call when the provider is well", ko: "결제 대행사가 정상일 때 결제 호출의 평균 시간"))
        static let timeout = ParameterKey<Double>(
            "timeout", 1...60_000, default: 5000, unit: "ms",
            Localized(en: "timeout of a payment call", ko: "결제 호출의 타임아웃"))
        static let clientTimeout = ParameterKey<Double>(
            "client_timeout", 1...60_000, default: 2000, unit: "ms",
            Localized(en: "how long a caller waits for the service", ko: "호출자가 서비스의 응답을 기다리는 시간"))
    }

    package let parameters = [
        Key.mode.spec, Key.at.spec, Key.duration.spec, Key.seconds.spec, Key.orderRate.spec,
        Key.paymentRate.spec, Key.workers.spec, Key.paymentLimit.spec, Key.orderMs.spec, Key.paymentMs.spec,
        Key.timeout.spec, Key.clientTimeout.spec
    ]
    package let sweepPlot = SweepPlot(
        x: Key.paymentRate.name, y: ["order_hang_success_shared_pct", "order_hang_success_bulkhead_pct"])
    package let sizeParameter: String? = Key.seconds.name
    package let assumptions = Localized(
        en:
            "Orders and payments arrive as Poisson streams at one service; work times are exponential; while the payment provider hangs, every payment call waits until the hang ends or its timeout. The shared set-up gives both kinds one pool of workers and one queue; the bulkhead gives payments payment_limit workers and no queue (a full bulkhead rejects at once) and orders the rest. A caller gives up after client_timeout. Both set-ups see the same arrivals; a run simulates at most the seconds that fit in its event budget.",
        ko:
            "주문과 결제가 포아송 흐름으로 서비스 하나에 도착하고, 작업 시간은 지수 분포입니다. 결제 대행사가 멈춘 동안 결제 호출은 멈춤이 끝나거나 타임아웃이 될 때까지 기다립니다. 공유 구성은 두 종류에 작업 스레드 풀 하나와 대기열 하나를 주고, 벌크헤드는 결제에 payment_limit개의 스레드를 대기열 없이 주며(가득 차면 바로 거절) 나머지를 주문에 줍니다. 호출자는 client_timeout이 지나면 포기합니다. 두 구성은 같은 도착을 봅니다. 한 번의 실행은 이벤트 한도에 들어가는 시간까지만 시뮬레이션합니다."
    )

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let budget = RunBudget(control, runs: 2)
        let perSecond = 3 * (values[Key.orderRate] + values[Key.paymentRate])
        var cost = RunCost(
            askedSeconds: values[Key.seconds],
            simulatedSeconds: budget.seconds(asked: values[Key.seconds], eventsPerSecond: perSecond))
        let shared = try simulate(values, isolated: false, seed: seed, budget: budget, cost: &cost)
        let bulkhead = try simulate(values, isolated: true, seed: seed, budget: budget, cost: &cost)
        return BulkheadOutcome(shared: shared, bulkhead: bulkhead, values: values, cost: cost).report()
    }

    private func simulate(
        _ values: ParameterValues, isolated: Bool, seed: UInt64, budget: RunBudget,
        cost: inout RunCost
    ) throws -> BulkheadModel {
        let start = SimTime.seconds(values[Key.at])
        let setup = BulkheadModel.Setup(
            rates: (values[Key.orderRate], values[Key.paymentRate]), workers: values[Key.workers],
            paymentLimit: isolated ? min(values[Key.paymentLimit], values[Key.workers] - 1) : nil,
            orderMs: values[Key.orderMs], paymentMs: values[Key.paymentMs],
            callTimeout: .milliseconds(values[Key.timeout]), clientTimeout: .milliseconds(values[Key.clientTimeout]),
            hang: start..<(start + .seconds(values[Key.duration])), end: .seconds(cost.simulatedSeconds))
        var simulation = Simulation(model: BulkheadModel(setup: setup, seed: seed))
        for kind in [BulkheadModel.Kind.order, .payment] {
            simulation.model.arrivals[kind.rawValue].start(.arrival(kind), scheduler: &simulation.scheduler)
        }
        let cut = try budget.run(&simulation)
        cost.add(simulation, cut: cut)
        return simulation.model

    }
}
