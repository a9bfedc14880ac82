import Foundation
import MiniCluster

/// Analytical and measured availability of a `availability` run, tier by tier.
struct AvailabilityOutcome {
    let model: AvailabilityModel
    let counts: [Int]
    let component: Double
    let end: SimTime

    var tierAvailability: [Double] { counts.map { AvailabilityExperiment.tier(component, replicas: $0) } }
    var analytic: Double { tierAvailability.reduce(1, *) }
    var measured: Double { 1 - model.systemDowntime.seconds / end.seconds }
    static func minutesPerYear(unavailable: Double) -> Double { unavailable * AvailabilityExperiment.minutesPerYear }
    var weakest: Int { tierAvailability.indices.min { tierAvailability[$0] < tierAvailability[$1] } ?? 0 }

    /// The fewest extra replicas, added one at a time to the weakest tier, that reach 99.99%.
    var countsForFourNines: [Int] {
        var counts = self.counts
        while counts.map({ AvailabilityExperiment.tier(component, replicas: $0) }).reduce(1, *) < 0.9999, counts.reduce(0, +) < 200 {
            let tiers = counts.map { AvailabilityExperiment.tier(component, replicas: $0) }
            counts[tiers.indices.min { tiers[$0] < tiers[$1] }!] += 1
        }
        return counts
    }

    func report(experiment: AvailabilityExperiment, values: ParameterValues, seed: UInt64) -> Report {
        let metrics = [
            Metric("component_availability_pct", component * 100, unit: "%", Localized(en: "one component: MTBF ÷ (MTBF + MTTR)", ko: "구성 요소 하나: MTBF ÷ (MTBF + MTTR)")),
            Metric("analytic_availability_pct", analytic * 100, unit: "%", Localized(en: "formula: product over tiers of 1 − (1 − a)^n", ko: "공식: 계층마다 1 − (1 − a)^n 을 곱한 값")),
            Metric("measured_availability_pct", measured * 100, unit: "%", Localized(en: "simulated time the whole system was up", ko: "시뮬레이션에서 시스템 전체가 동작한 시간")),
            Metric("analytic_downtime_min_per_year", Self.minutesPerYear(unavailable: 1 - analytic), unit: "min/y", Localized(en: "expected downtime per year", ko: "연간 예상 중단 시간")),
            Metric("measured_downtime_min_per_year", Self.minutesPerYear(unavailable: 1 - measured), unit: "min/y", Localized(en: "simulated downtime per year", ko: "시뮬레이션의 연간 중단 시간")),
            Metric("nines", -log10(max(1 - analytic, 1e-12)), Localized(en: "number of nines (formula)", ko: "나인의 개수 (공식)")),
            Metric("weakest_tier", Double(weakest), Localized(en: "weakest tier (0 dns, 1 lb, 2 app, 3 db)", ko: "가장 약한 계층 (0 dns, 1 lb, 2 app, 3 db)")),
            Metric("outages", Double(model.outages), Localized(en: "whole-system outages simulated", ko: "시스템 전체 중단 횟수")),
            Metric("servers_for_four_nines", Double(countsForFourNines.reduce(0, +)), Localized(en: "servers needed for 99.99%", ko: "99.99%에 필요한 서버 수")),
        ]
        return Report(experiment: experiment.id, seed: seed, parameters: values, section: experiment.section,
                      metrics: metrics, tables: [tiers], charts: [downtimeBars], findings: findings)
    }

    private var tiers: ReportTable {
        let target = countsForFourNines
        let rows = AvailabilityExperiment.tiers.indices.map { index -> [Localized] in
            let measuredTier = 1 - model.tierDowntime[index].seconds / end.seconds
            return [Localized(verbatim: AvailabilityExperiment.tiers[index]), Localized(verbatim: String(counts[index])),
                    Localized(verbatim: MetricText.format(tierAvailability[index] * 100, decimals: 5)),
                    Localized(verbatim: MetricText.format(measuredTier * 100, decimals: 5)),
                    Localized(verbatim: String(target[index]))]
        }
        return ReportTable(title: Localized(en: "Tiers in series, replicas in parallel", ko: "직렬 계층, 병렬 복제본"),
                           columns: [Localized(en: "tier", ko: "계층"), Localized(en: "replicas", ko: "복제본"),
                                     Localized(en: "formula (%)", ko: "공식 (%)"), Localized(en: "simulated (%)", ko: "시뮬레이션 (%)"),
                                     Localized(en: "for 99.99%", ko: "99.99%에 필요")],
                           rows: rows)
    }

    private var downtimeBars: Chart {
        .bars(BarChart(title: Localized(en: "Expected downtime per year by tier (minutes)", ko: "계층별 연간 예상 중단 시간 (분)"), unit: "min",
                       bars: AvailabilityExperiment.tiers.indices.map {
                           BarChart.Bar(Localized(verbatim: AvailabilityExperiment.tiers[$0]), Self.minutesPerYear(unavailable: 1 - tierAvailability[$0]))
                       }))
    }

    private var findings: [Localized] {
        let name = AvailabilityExperiment.tiers[weakest]
        let analyticText = MetricText.format(analytic * 100, decimals: 4), measuredText = MetricText.format(measured * 100, decimals: 4)
        let years = MetricText.format(end.seconds / 60 / AvailabilityExperiment.minutesPerYear)
        var findings = [Localized(
            en: "The formula gives \(analyticText)% (\(MetricText.format(Self.minutesPerYear(unavailable: 1 - analytic))) min of downtime a year); \(years) simulated years measured \(measuredText)% over \(model.outages) outages.",
            ko: "공식은 \(analyticText)%(연간 중단 \(MetricText.format(Self.minutesPerYear(unavailable: 1 - analytic)))분)를 주고, \(years)년을 시뮬레이션하니 중단 \(model.outages)번에 \(measuredText)%였습니다.")]
        if counts[weakest] == 1 {
            findings.append(Localized(
                en: "The \(name) tier has a single server: a single point of failure that alone costs \(MetricText.format(Self.minutesPerYear(unavailable: 1 - tierAvailability[weakest]))) min a year.",
                ko: "\(name) 계층은 서버가 한 대뿐입니다. 이 단일 장애점 하나가 1년에 \(MetricText.format(Self.minutesPerYear(unavailable: 1 - tierAvailability[weakest])))분을 잃게 합니다."))
        }
        let target = countsForFourNines
        findings.append(analytic >= 0.9999
            ? Localized(en: "This setup already reaches 99.99% (about 52.6 min a year).", ko: "이 구성은 이미 99.99%(연간 약 52.6분)에 닿습니다.")
            : Localized(en: "To reach 99.99%: " + zip(AvailabilityExperiment.tiers, target).map { "\($0)=\($1)" }.joined(separator: " ") + " — redundancy in every tier.",
                        ko: "99.99%에 닿으려면: " + zip(AvailabilityExperiment.tiers, target).map { "\($0)=\($1)" }.joined(separator: " ") + " — 모든 계층의 다중화입니다."))
        return findings
    }
}
