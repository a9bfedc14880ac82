extension AvailabilityOutcome {
    /// What the run shows, each said only when its numbers bear it out.
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        runFindings(&list)
        targetFindings(&list)
        return list.findings
    }

    private func runFindings(_ list: inout FindingList) {
        let name = AvailabilityExperiment.tiers[weakest]
        list.say(
            "availability.formula",
            Localized(
                en:
                    "The formula gives {analytic_availability_pct}% ({analytic_downtime_min_per_year} min of downtime a year); {simulated_years} simulated years measured {measured_availability_pct}% over {outages} outages.",
                ko:
                    "공식은 {analytic_availability_pct}%(연간 중단 {analytic_downtime_min_per_year}분)를 주고, {simulated_years}년을 시뮬레이션하니 중단 {outages}번에 {measured_availability_pct}%였습니다."
            ))
        list.say(
            "availability.capped", when: MetricRef("simulated_years") < MetricRef("asked_years"),
            Localized(
                en:
                    "Components this unreliable fail so often that {asked_years} years would take too many events: the run simulated {simulated_years} years, enough for a tight interval.",
                ko:
                    "이렇게 자주 고장 나는 구성 요소로 {asked_years}년을 돌리면 이벤트가 너무 많아, {simulated_years}년만 시뮬레이션했습니다. 구간을 좁히기에는 충분합니다."
            ))
        list.say(
            "availability.spof", when: MetricRef("weakest_tier_servers") == 1,
            Localized(
                en:
                    "The \(name) tier has a single server: a single point of failure that alone costs {weakest_tier_downtime_min_per_year} min a year.",
                ko: "\(name) 계층은 서버가 한 대뿐입니다. 이 단일 장애점 하나가 1년에 {weakest_tier_downtime_min_per_year}분을 잃게 합니다."))
    }

    private func targetFindings(_ list: inout FindingList) {
        list.say(
            "availability.reached", when: MetricRef("analytic_availability_pct") >= 99.99,
            Localized(
                en: "This setup already reaches 99.99% (at most 52.6 min a year).",
                ko: "이 구성은 이미 99.99%(연간 최대 52.6분)에 닿습니다."))
        if let target = countsForFourNines, target != counts {
            let words = zip(AvailabilityExperiment.tiers, target).map { "\($0)=\($1)" }.joined(separator: " ")
            list.say(
                "availability.to_four_nines",
                when: MetricRef("analytic_availability_pct") < 99.99 && MetricRef("four_nines_reachable") == 1,
                Localized(
                    en: "To reach 99.99%: \(words) ({servers_for_four_nines} servers) — redundancy in every tier.",
                    ko: "99.99%에 닿으려면: \(words) (서버 {servers_for_four_nines}대) — 모든 계층의 다중화입니다."))
        }
        list.say(
            "availability.out_of_reach", when: MetricRef("four_nines_reachable") == 0,
            Localized(
                en:
                    "With one component up only {component_availability_pct}% of the time, 99.99% is out of reach even with every tier at its limit: raise the MTBF or cut the MTTR first.",
                ko:
                    "구성 요소 하나가 {component_availability_pct}%의 시간만 동작하면 모든 계층을 한도까지 늘려도 99.99%에 닿지 못합니다. 먼저 MTBF를 늘리거나 MTTR을 줄이세요."
            ))
    }
}
