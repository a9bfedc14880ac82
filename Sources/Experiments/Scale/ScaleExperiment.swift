import Foundation
import MiniCluster

/// `scale`: scale-up hits a ceiling and a superlinear price; scale-out keeps going and has no SPOF.
package struct ScaleExperiment: Experiment {
    package init() {}

    package let id = "scale"
    package let section = "2.1"
    package let summary = Localized(
        en: "Scale-up vs scale-out: throughput ceiling, latency, cost per 1,000 req/s, and a crash",
        ko: "스케일 업과 스케일 아웃: 처리량 한계, 지연, 초당 1,000건당 비용, 그리고 장애")
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let rate = ParameterKey<Double>(
            "rate", 1...10_000_000, default: 20_000, unit: "req/s", Localized(en: "offered load", ko: "들어오는 부하"))
        static let service = ParameterKey<Double>(
            "service", 0.001...10_000, default: 1, unit: "ms",
            Localized(en: "work per request on one core", ko: "코어 하나에서 요청 하나의 처리 시간"))
        static let sigma = ParameterKey<Double>(
            "sigma", 0...1, default: 0.02, Localized(en: "USL contention (serial share)", ko: "USL 경합 계수 (직렬 비율)"))
        static let kappa = ParameterKey<Double>(
            "kappa", 0...1, default: 0.0005, Localized(en: "USL coherency cost", ko: "USL 일관성 비용 계수"))
        static let maxCores = ParameterKey<Int>(
            "max_cores", 1...1024, default: 64,
            Localized(en: "cores of the largest machine you can buy", ko: "살 수 있는 가장 큰 기계의 코어 수"))
        static let smallCores = ParameterKey<Int>(
            "small_cores", 1...256, default: 4, Localized(en: "cores of one small machine", ko: "작은 기계 한 대의 코어 수"))
        static let priceExponent = ParameterKey<Double>(
            "price_exponent", 1...3, default: 1.5,
            Localized(en: "price grows as cores^exponent", ko: "가격은 코어 수의 이 지수 제곱으로 오름"))
        static let target = ParameterKey<Double>(
            "target", 0.1...0.99, default: 0.7, Localized(en: "utilisation to plan for", ko: "계획하는 사용률"))
        static let requests = ParameterKey<Int>(
            "requests", 1000...5_000_000, default: 100_000,
            Localized(en: "requests simulated per design", ko: "설계마다 시뮬레이션할 요청 수"))
    }

    package let parameters = [
        Key.rate.spec, Key.service.spec, Key.sigma.spec, Key.kappa.spec, Key.maxCores.spec,
        Key.smallCores.spec, Key.priceExponent.spec, Key.target.spec, Key.requests.spec
    ]
    package let sweepPlot = SweepPlot(x: Key.rate.name, y: ["up_cost_per_1k", "out_cost_per_1k"])
    package let sizeParameter: String? = Key.requests.name
    package var headline: String { "up_p99_ms" }
    package let assumptions = Localized(
        en:
            "Each machine is an M/M/c queue whose c cores together serve at the Universal Scalability Law's capacity X(N) = λN / (1 + σ(N−1) + κN(N−1)); a balancer splits the load evenly and costs nothing; price grows as cores^exponent; each design is simulated on one machine with its share of the load.",
        ko:
            "기계마다 코어 c개가 USL 용량 X(N) = λN / (1 + σ(N−1) + κN(N−1))로 함께 처리하는 M/M/c 대기열입니다. 로드 밸런서는 부하를 고르게 나누고 비용이 없으며, 가격은 코어 수의 지수 제곱으로 오릅니다. 설계마다 기계 한 대를 그 몫의 부하로 시뮬레이션합니다."
    )

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let plan = ScalePlan(values: values)
        var half = control
        half.eventBudget = max(1, control.eventBudget / 2)
        let up = try plan.simulate(cores: plan.scaleUpCores, machines: 1, seed: seed, control: half)
        let out = try plan.simulate(cores: plan.smallCores, machines: plan.scaleOutMachines, seed: seed, control: half)
        return ScaleOutcome(plan: plan, up: up, out: out).report()
    }
}

/// The arithmetic of the two designs: USL capacity, machine sizes and prices.
struct ScalePlan {
    let rate: Double, coreRate: Double, sigma: Double, kappa: Double
    let maxCores: Int, smallCores: Int, priceExponent: Double, target: Double, requests: Int

    init(values: ParameterValues) {
        rate = values[ScaleExperiment.Key.rate]
        coreRate = 1000 / values[ScaleExperiment.Key.service]
        sigma = values[ScaleExperiment.Key.sigma]
        kappa = values[ScaleExperiment.Key.kappa]
        maxCores = values[ScaleExperiment.Key.maxCores]
        smallCores = values[ScaleExperiment.Key.smallCores]
        priceExponent = values[ScaleExperiment.Key.priceExponent]
        target = values[ScaleExperiment.Key.target]
        requests = values[ScaleExperiment.Key.requests]
    }

    /// Universal Scalability Law: X(N) = λN / (1 + σ(N−1) + κN(N−1)).
    func capacity(cores: Int) -> Double {
        let n = Double(cores)
        return coreRate * n / (1 + sigma * (n - 1) + kappa * n * (n - 1))
    }

    /// Price of one machine: cores^exponent, so a small machine of one core costs 1.
    func price(cores: Int) -> Double { pow(Double(cores), priceExponent) }

    /// The most any single machine can do, and at how many cores.
    var ceiling: (cores: Int, rate: Double) {
        (1...maxCores).map { ($0, capacity(cores: $0)) }.max { $0.1 < $1.1 }!
    }

    /// The smallest machine that carries `rate` at the target utilisation, else the ceiling machine.
    func scaleUpCores(for rate: Double) -> Int {
        (1...maxCores).first { capacity(cores: $0) * target >= rate } ?? ceiling.cores
    }
    var scaleUpCores: Int { scaleUpCores(for: rate) }

    /// Small machines needed to carry `rate` at the target utilisation.
    func scaleOutMachines(for rate: Double) -> Int {
        max(1, Int((rate / (capacity(cores: smallCores) * target)).rounded(.up)))
    }
    var scaleOutMachines: Int { scaleOutMachines(for: rate) }

    /// Runs one machine of `cores` as M/M/c at its USL capacity with its share of the load.
    func simulate(cores: Int, machines: Int, seed: UInt64, control: RunControl) throws -> Report {
        let load = LoadExperiment()
        var values = ParameterValues(defaultsOf: load.parameters)
        values.set(LoadExperiment.Key.servers, cores)
        values.set(LoadExperiment.Key.rate, rate / Double(machines))
        values.set(LoadExperiment.Key.service, 1000 * Double(cores) / capacity(cores: cores))
        values.set(LoadExperiment.Key.requests, requests)
        return try load.run(values, seed: seed, control: control)
    }
}
