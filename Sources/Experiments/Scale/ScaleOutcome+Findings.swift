extension ScaleOutcome {
    /// What the two designs show, each said only when its numbers bear it out.
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        ceilingFindings(&list)
        priceFindings(&list)
        crashFindings(&list)
        return list.findings
    }

    private func ceilingFindings(_ list: inout FindingList) {
        list.say(
            "scale.ceiling", when: MetricRef("up_ceiling_cores") > 1,
            Localized(
                en:
                    "No single machine does more than {up_ceiling_rps} req/s (at {up_ceiling_cores} cores): past that, contention and coherency costs make extra cores slower, not faster.",
                ko:
                    "어떤 기계 한 대도 초당 {up_ceiling_rps}건(코어 {up_ceiling_cores}개)을 넘지 못합니다. 그 너머에서는 경합과 일관성 비용 때문에 코어를 더해도 오히려 느려집니다."
            ))
        list.say(
            "scale.hit_ceiling", when: MetricRef("offered_rps") > MetricRef("up_plannable_rps"),
            Localized(
                en:
                    "At {offered_rps} req/s scale-up has hit its ceiling: it serves {up_throughput_rps} req/s (p99 {up_p99_ms} ms), while {out_machines} small machines serve {out_throughput_rps} req/s at p99 {out_p99_ms} ms.",
                ko:
                    "초당 {offered_rps}건에서 스케일 업은 한계에 닿았습니다. 초당 {up_throughput_rps}건을 처리하고(p99 {up_p99_ms} ms), 작은 기계 {out_machines}대는 초당 {out_throughput_rps}건을 p99 {out_p99_ms} ms로 처리합니다."
            ))
    }

    private func priceFindings(_ list: inout FindingList) {
        list.say(
            "scale.up_costs_more", when: MetricRef("up_cost_per_1k") > MetricRef("out_cost_per_1k") * 1.05,
            Localized(
                en:
                    "Price per 1,000 req/s: scale-up {up_cost_per_1k}, scale-out {out_cost_per_1k}: here the big machine costs more than its power.",
                ko: "초당 1,000건당 가격: 스케일 업 {up_cost_per_1k}, 스케일 아웃 {out_cost_per_1k}. 여기서는 큰 기계가 성능보다 값이 더 비쌉니다."))
        list.say(
            "scale.up_cheaper", when: MetricRef("up_cost_per_1k") * 1.05 < MetricRef("out_cost_per_1k"),
            Localized(
                en:
                    "Price per 1,000 req/s: scale-up {up_cost_per_1k}, scale-out {out_cost_per_1k}: at this load one machine is cheaper; the price of scale-up shows at higher loads and in the crash below.",
                ko:
                    "초당 1,000건당 가격: 스케일 업 {up_cost_per_1k}, 스케일 아웃 {out_cost_per_1k}. 이 부하에서는 기계 한 대가 더 쌉니다. 스케일 업의 대가는 더 높은 부하와 아래의 장애에서 드러납니다."
            ))
        list.say(
            "scale.same_price",
            when: MetricRef("up_cost_per_1k") <= MetricRef("out_cost_per_1k") * 1.05
                && MetricRef("up_cost_per_1k") * 1.05 >= MetricRef("out_cost_per_1k"),
            Localized(
                en:
                    "Price per 1,000 req/s: scale-up {up_cost_per_1k}, scale-out {out_cost_per_1k}: within 5% of each other at this load.",
                ko: "초당 1,000건당 가격: 스케일 업 {up_cost_per_1k}, 스케일 아웃 {out_cost_per_1k}. 이 부하에서는 5% 안쪽으로 비슷합니다."))
    }

    private func crashFindings(_ list: inout FindingList) {
        list.say(
            "scale.spof", when: MetricRef("out_machines") > 1,
            Localized(
                en:
                    "If the big machine crashes, nothing is left: it is a single point of failure. If one of the {out_machines} small machines crashes, {out_capacity_after_crash_pct}% of capacity remains.",
                ko:
                    "큰 기계가 죽으면 아무것도 남지 않습니다. 단일 장애점입니다. 작은 기계 {out_machines}대 중 한 대가 죽으면 용량의 {out_capacity_after_crash_pct}%가 남습니다."
            ))
        list.say(
            "scale.one_small", when: MetricRef("out_machines") == 1,
            Localized(
                en:
                    "One small machine carries this load: both designs are a single machine here, and either crash leaves nothing; add a second for redundancy.",
                ko: "작은 기계 한 대로 이 부하를 감당합니다. 두 설계 모두 기계 한 대이므로 어느 쪽이 죽어도 아무것도 남지 않습니다. 다중화를 위해 한 대를 더 두세요."))
    }
}
