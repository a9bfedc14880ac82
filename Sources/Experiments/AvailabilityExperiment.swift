import Foundation
import MiniCluster

/// `availability`: redundancy in every tier is what reaches 99.99%.
package struct AvailabilityExperiment: Experiment {
    package init() {}

    package let id = "availability"
    package let section = "1.1"
    package let summary = Localized(en: "Availability of DNS → LB → app → DB tiers with replicas: formula vs simulated years",
                                    ko: "DNS → LB → 앱 → DB 계층의 복제와 가용성: 공식과 수십 년의 시뮬레이션")
    static let tiers = ["dns", "lb", "app", "db"]
    package let parameters = [
        ParameterSpec("dns", .integer(1...10), default: .integer(2), Localized(en: "DNS servers", ko: "DNS 서버 수")),
        ParameterSpec("lb", .integer(1...10), default: .integer(1), Localized(en: "load balancers", ko: "로드 밸런서 수")),
        ParameterSpec("app", .integer(1...50), default: .integer(3), Localized(en: "application servers", ko: "애플리케이션 서버 수")),
        ParameterSpec("db", .integer(1...10), default: .integer(1), Localized(en: "database servers", ko: "데이터베이스 서버 수")),
        ParameterSpec("mtbf", .real(1...1_000_000), default: .real(2000), unit: "h", Localized(en: "mean time between failures of one component", ko: "구성 요소 하나의 평균 고장 간격")),
        ParameterSpec("mttr", .real(0.01...10_000), default: .real(2), unit: "h", Localized(en: "mean time to repair", ko: "평균 복구 시간")),
        ParameterSpec("years", .real(1...10_000), default: .real(200), unit: "years", Localized(en: "virtual years to simulate", ko: "시뮬레이션할 가상 연수")),
    ]
    package let sweepPlot = SweepPlot(x: "app", y: ["measured_availability_pct"])

    static let minutesPerYear = 365.0 * 24 * 60

    /// 1 − (1 − a)^n for one tier.
    static func tier(_ component: Double, replicas: Int) -> Double { 1 - pow(1 - component, Double(replicas)) }

    package func run(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let counts = Self.tiers.map { values.integer($0) }
        let mtbf = values.real("mtbf"), mttr = values.real("mttr")
        var simulation = Simulation(model: AvailabilityModel(counts: counts, mtbf: .seconds(mtbf * 3600), mttr: .seconds(mttr * 3600), seed: seed))
        simulation.model.start(&simulation.scheduler)
        let end = SimTime.seconds(values.real("years") * Self.minutesPerYear * 60)
        try simulation.run(until: end, control: control)
        return AvailabilityOutcome(model: simulation.model, counts: counts, component: mtbf / (mtbf + mttr), end: end)
            .report(experiment: self, values: values, seed: seed)
    }
}
