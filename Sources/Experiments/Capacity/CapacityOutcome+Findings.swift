extension CapacityOutcome {
    private typealias L = Localized

    /// What the numbers say, each said only when its condition holds in `metrics`.
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        shardFindings(&list)
        riskFindings(&list)
        return list.findings
    }

    private func shardFindings(_ list: inout FindingList) {
        list.say(
            "capacity.chain",
            L(
                en:
                    "{dau} daily users make {peak_rps} req/s at the peak: {app_servers} app servers, {shards} shards × (1 + {replicas_per_shard}) database servers, {cache_gb} GB of cache, about ${cost_usd_month} a month.",
                ko:
                    "일간 사용자 {dau}명이 피크에 초당 {peak_rps}건을 보냅니다. 앱 서버 {app_servers}대, 샤드 {shards}개 × (1 + {replicas_per_shard})대의 DB 서버, 캐시 {cache_gb} GB, 월 약 {cost_usd_month}달러입니다."
            ))
        list.say(
            "capacity.data_shards", when: MetricRef("shards_for_data") > MetricRef("shards_for_writes"),
            L(
                en:
                    "The data, not the write rate, sets the shard count: {shards_for_data} shards to hold {storage_tb_kept} TB, while the writes alone need {shards_for_writes}.",
                ko:
                    "샤드 수를 정하는 것은 쓰기 속도가 아니라 데이터 양입니다. {storage_tb_kept} TB를 담으려면 샤드 {shards_for_data}개가 필요하고, 쓰기만 보면 {shards_for_writes}개면 됩니다."
            ))
        list.say(
            "capacity.write_shards", when: MetricRef("shards_for_writes") > MetricRef("shards_for_data"),
            L(
                en:
                    "The write rate sets the shard count: {peak_write_rps} writes/s need {shards_for_writes} primaries, more than the {shards_for_data} the data needs.",
                ko:
                    "샤드 수를 정하는 것은 쓰기 속도입니다. 초당 쓰기 {peak_write_rps}건에 마스터 {shards_for_writes}대가 필요하며, 데이터 양으로는 {shards_for_data}개면 됩니다."
            ))
    }

    private func riskFindings(_ list: inout FindingList) {
        list.say(
            "capacity.cold_cache", when: MetricRef("cold_cache_db_utilization") >= 1,
            L(
                en:
                    "If the cache goes cold, every read reaches the replicas at {cold_cache_db_utilization%}% of their capacity: the database falls over. Warm the cache before sending traffic, or keep capacity for it.",
                ko:
                    "캐시가 비면 모든 읽기가 복제본으로 가서 용량의 {cold_cache_db_utilization%}%를 요구합니다. 데이터베이스가 버티지 못합니다. 트래픽을 보내기 전에 캐시를 데우거나, 그만큼의 용량을 남겨 두세요."
            ))
        list.say(
            "capacity.slo_missed", when: MetricRef("downtime_min_per_year") > MetricRef("slo_min_per_year"),
            L(
                en:
                    "Expected downtime is {downtime_min_per_year} min a year, more than the {slo_min_per_year} min the objective allows: the more servers a tier needs all at once, the more often one of them is down.",
                ko:
                    "예상 중단 시간은 연간 {downtime_min_per_year}분으로, 목표가 허용하는 {slo_min_per_year}분보다 깁니다. 한 계층에서 동시에 모두 살아 있어야 하는 서버가 많을수록 그중 하나가 멈춰 있는 때도 잦아집니다."
            ))
        list.say(
            "capacity.slo_met", when: MetricRef("downtime_min_per_year") <= MetricRef("slo_min_per_year"),
            L(
                en:
                    "Expected downtime is {downtime_min_per_year} min a year, within the {slo_min_per_year} min the objective allows.",
                ko: "예상 중단 시간은 연간 {downtime_min_per_year}분으로, 목표가 허용하는 {slo_min_per_year}분 안에 듭니다."))
        list.say(
            "capacity.queueing", when: MetricRef("wait_probability") > 0.5,
            L(
                en:
                    "At {app_utilization%}% utilisation {wait_probability%}% of requests wait for a worker: lower the target utilisation or add workers.",
                ko: "사용률 {app_utilization%}%에서 요청의 {wait_probability%}%가 작업자를 기다립니다. 목표 사용률을 낮추거나 작업자를 늘리세요."))
    }
}
