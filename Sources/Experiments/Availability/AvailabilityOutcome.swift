import Foundation
import MiniCluster

/// Analytical and measured availability of a `availability` run, tier by tier.
struct AvailabilityOutcome {
    let model: AvailabilityModel
    let counts: [Int]
    let component: Double
    let years: Double
    let events: Int
    /// The most replicas each tier's parameter allows.
    let limits: [Int]

    var tierAvailability: [Double] { counts.map { AvailabilityExperiment.tier(component, replicas: $0) } }
    var analytic: Double { tierAvailability.reduce(1, *) }
    static func minutesPerYear(unavailable: Double) -> Double { unavailable * AvailabilityExperiment.minutesPerYear }
    var weakest: Int { tierAvailability.indices.min { tierAvailability[$0] < tierAvailability[$1] } ?? 0 }

    /// The fewest replicas, added one at a time to the weakest tier still below its limit, that
    /// reach 99.99%; nil when even every tier at its limit does not.
    var countsForFourNines: [Int]? {
        func product(_ counts: [Int]) -> Double {
            counts.map { AvailabilityExperiment.tier(component, replicas: $0) }.reduce(1, *)
        }
        guard product(zip(counts, limits).map { max($0, $1) }) >= 0.9999 else { return nil }
        var counts = self.counts
        while product(counts) < 0.9999 {
            let open = counts.indices.filter { counts[$0] < limits[$0] }
            let tiers = counts.map { AvailabilityExperiment.tier(component, replicas: $0) }
            guard let next = open.min(by: { tiers[$0] < tiers[$1] }) else { return nil }
            counts[next] += 1
        }
        return counts
    }

    func report(values: ParameterValues) -> Report {
        var metrics = availabilityMetrics + runMetrics(values: values)
        if let target = countsForFourNines {
            metrics.append(
                Metric(
                    "servers_for_four_nines", Double(target.reduce(0, +)),
                    Localized(en: "servers needed for 99.99%", ko: "99.99%에 필요한 서버 수")))
        }
        return Report(metrics: metrics, tables: [tiers], charts: [downtimeBars], findings: findings(metrics))
    }

    private var availabilityMetrics: [Metric] {
        let measured = model.measured
        let percent = Estimate(mean: measured.mean * 100, halfWidth: measured.halfWidth * 100)
        let downtime = Estimate(
            mean: Self.minutesPerYear(unavailable: 1 - measured.mean),
            halfWidth: Self.minutesPerYear(unavailable: measured.halfWidth))
        return [
            Metric(
                "component_availability_pct", component * 100, unit: "%",
                Localized(en: "one component: MTBF ÷ (MTBF + MTTR)", ko: "구성 요소 하나: MTBF ÷ (MTBF + MTTR)")),
            Metric(
                "analytic_availability_pct", analytic * 100, unit: "%",
                Localized(en: "formula: product over tiers of 1 − (1 − a)^n", ko: "공식: 계층마다 1 − (1 − a)^n 을 곱한 값")),
            Metric(
                "measured_availability_pct", percent, unit: "%",
                Localized(en: "simulated time the whole system was up", ko: "시뮬레이션에서 시스템 전체가 동작한 시간")),
            Metric(
                "analytic_downtime_min_per_year", Self.minutesPerYear(unavailable: 1 - analytic), unit: "min/y",
                Localized(en: "expected downtime per year", ko: "연간 예상 중단 시간")),
            Metric(
                "measured_downtime_min_per_year", downtime, unit: "min/y",
                Localized(en: "simulated downtime per year", ko: "시뮬레이션의 연간 중단 시간")),
            Metric(
                "nines", -log10(max(1 - analytic, 1e-12)), Localized(en: "number of nines (formula)", ko: "나인의 개수 (공식)")
            )
        ]
    }

    private func runMetrics(values: ParameterValues) -> [Metric] {
        [
            Metric(
                "weakest_tier", Double(weakest),
                Localized(en: "weakest tier (0 dns, 1 lb, 2 app, 3 db)", ko: "가장 약한 계층 (0 dns, 1 lb, 2 app, 3 db)")),
            Metric(
                "weakest_tier_servers", Double(counts[weakest]),
                Localized(en: "servers in the weakest tier", ko: "가장 약한 계층의 서버 수")),
            Metric(
                "weakest_tier_downtime_min_per_year", Self.minutesPerYear(unavailable: 1 - tierAvailability[weakest]),
                unit: "min/y",
                Localized(en: "expected downtime of the weakest tier alone", ko: "가장 약한 계층 하나의 연간 예상 중단 시간")),
            Metric(
                "outages", Double(model.outages), Localized(en: "whole-system outages simulated", ko: "시스템 전체 중단 횟수")),
            Metric(
                "events", Double(events), Localized(en: "failure and repair events simulated", ko: "처리한 고장·복구 이벤트 수")),
            Metric("simulated_years", years, unit: "years", Localized(en: "years simulated", ko: "시뮬레이션한 햇수")),
            Metric(
                "asked_years", values[AvailabilityExperiment.Key.years], unit: "years",
                Localized(en: "years asked for", ko: "요청한 햇수")),
            Metric(
                "four_nines_reachable", countsForFourNines == nil ? 0 : 1,
                Localized(
                    en: "99.99% reachable within the parameter limits (1 yes, 0 no)",
                    ko: "매개변수 한도 안에서 99.99% 도달 가능 (1 예, 0 아니오)"))
        ]
    }

    private var tiers: ReportTable {
        let target = countsForFourNines
        let end = Double(model.end.nanoseconds)
        let rows = AvailabilityExperiment.tiers.indices.map { index -> [Localized] in
            let measuredTier = 1 - Double(model.tierDowntime[index].nanoseconds) / end
            return [
                Localized(verbatim: AvailabilityExperiment.tiers[index]), Localized(verbatim: String(counts[index])),
                Localized(verbatim: MetricText.format(tierAvailability[index] * 100, decimals: 5)),
                Localized(verbatim: MetricText.format(measuredTier * 100, decimals: 5)),
                target.map { Localized(verbatim: String($0[index])) } ?? Localized(en: "out of reach", ko: "도달 불가")
            ]
        }
        return ReportTable(
            title: Localized(en: "Tiers in series, replicas in parallel", ko: "직렬 계층, 병렬 복제본"),
            columns: [
                Localized(en: "tier", ko: "계층"), Localized(en: "replicas", ko: "복제본"),
                Localized(en: "formula (%)", ko: "공식 (%)"), Localized(en: "simulated (%)", ko: "시뮬레이션 (%)"),
                Localized(en: "for 99.99%", ko: "99.99%에 필요")
            ],
            rows: rows)
    }

    private var downtimeBars: Chart {
        .bars(
            BarChart(
                title: Localized(en: "Expected downtime per year by tier (minutes)", ko: "계층별 연간 예상 중단 시간 (분)"),
                unit: "min",
                bars: AvailabilityExperiment.tiers.indices.map {
                    BarChart.Bar(
                        Localized(verbatim: AvailabilityExperiment.tiers[$0]),
                        Self.minutesPerYear(unavailable: 1 - tierAvailability[$0]))
                }))
    }
}
