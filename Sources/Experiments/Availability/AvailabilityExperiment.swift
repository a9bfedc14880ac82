import Foundation
import MiniCluster

/// `availability`: redundancy in every tier is what reaches 99.99%.
package struct AvailabilityExperiment: Experiment {
    package init() {}

    package let id = "availability"
    package let section = "1.1"
    package let summary = Localized(
        en: "Availability of DNS → LB → app → DB tiers with replicas: formula vs simulated years",
        ko: "DNS → LB → 앱 → DB 계층의 복제와 가용성: 공식과 수십 년의 시뮬레이션")
    /// The parameters, each declared once: a wrong name does not compile.
    enum Key {
        static let dns = ParameterKey<Int>("dns", 1...10, default: 2, Localized(en: "DNS servers", ko: "DNS 서버 수"))
        static let lb = ParameterKey<Int>("lb", 1...10, default: 1, Localized(en: "load balancers", ko: "로드 밸런서 수"))
        static let app = ParameterKey<Int>(
            "app", 1...50, default: 3, Localized(en: "application servers", ko: "애플리케이션 서버 수"))
        static let db = ParameterKey<Int>(
            "db", 1...10, default: 1, Localized(en: "database servers", ko: "데이터베이스 서버 수"))
        static let mtbf = ParameterKey<Double>(
            "mtbf", 1...1_000_000, default: 2000, unit: "h",
            Localized(en: "mean time between failures of one component", ko: "구성 요소 하나의 평균 고장 간격"))
        static let mttr = ParameterKey<Double>(
            "mttr", 0.01...10_000, default: 2, unit: "h", Localized(en: "mean time to repair", ko: "평균 복구 시간"))
        static let years = ParameterKey<Double>(
            "years", 1...10_000, default: 200, unit: "years",
            Localized(
                en: "virtual years to simulate (fewer when they exceed the event budget)",
                ko: "시뮬레이션할 가상 연수 (이벤트 한도를 넘으면 줄어듦)"))
    }

    package let parameters = [
        Key.dns.spec, Key.lb.spec, Key.app.spec, Key.db.spec, Key.mtbf.spec, Key.mttr.spec,
        Key.years.spec
    ]
    /// The replica count of each tier, from the front door to the database.
    static let tierKeys = [Key.dns, Key.lb, Key.app, Key.db]
    static let tiers = tierKeys.map(\.name)
    package let sweepPlot = SweepPlot(x: Key.app.name, y: ["measured_availability_pct"])
    package let sizeParameter: String? = Key.years.name
    package let assumptions = Localized(
        en:
            "Failures are independent; times to failure and to repair are exponential (MTBF, MTTR); every component has its own repair crew; a tier fails over to its surviving replicas instantly; the system is up while every tier has one component up. A run simulates at most as many years as fit in its event budget (8 million failures and repairs).",
        ko:
            "고장은 서로 독립이고, 고장까지와 복구까지의 시간은 지수 분포(MTBF, MTTR)입니다. 구성 요소마다 복구 담당이 따로 있고, 계층은 살아 있는 복제본으로 즉시 넘어가며, 모든 계층에 하나라도 살아 있으면 시스템이 동작합니다. 한 번의 실행은 이벤트 한도(고장·복구 800만 개)에 들어가는 햇수까지만 시뮬레이션합니다."
    )

    static let minutesPerYear = 365.0 * 24 * 60
    /// 1 − (1 − a)^n for one tier.
    static func tier(_ component: Double, replicas: Int) -> Double { 1 - pow(1 - component, Double(replicas)) }

    /// The years a run simulates: the asked years, or fewer when they would exceed the event budget.
    static func simulatedYears(_ values: ParameterValues, control: RunControl) -> Double {
        let components = Double(tierKeys.map { values[$0] }.reduce(0, +))
        let eventsPerYear = 2 * components * minutesPerYear / 60 / (values[Key.mtbf] + values[Key.mttr])
        return control.horizon(asked: values[Key.years], eventsPerUnit: eventsPerYear)
    }

    package func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        let counts = Self.tierKeys.map { values[$0] }
        let mtbf = values[Key.mtbf]
        let mttr = values[Key.mttr]
        let years = Self.simulatedYears(values, control: control)
        let end = AvailabilityModel.ticks(years: years)
        var simulation = Simulation(
            model: AvailabilityModel(counts: counts, mtbfHours: mtbf, mttrHours: mttr, end: end, seed: seed))
        simulation.model.start(&simulation.scheduler)
        try simulation.run(until: end, control: control)
        simulation.model.finish()
        return AvailabilityOutcome(
            model: simulation.model, counts: counts, component: mtbf / (mtbf + mttr), years: years,
            events: simulation.scheduler.handled,
            limits: Self.tierKeys.map { Self.upperBound($0.spec) }
        )
        .report(values: values)
    }

    static func upperBound(_ spec: ParameterSpec) -> Int {
        if case .integer(let range) = spec.domain { return range.upperBound }
        preconditionFailure("tier parameter '\(spec.name)' is not an integer")
    }
}
