import MiniCluster

extension CacheOutcome {
    /// What the run shows, each finding said only when its numbers bear it out.
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        list.say(
            "cache.hits",
            Localized(
                en:
                    "Caches answered {hit_ratio%}% of reads, so the database saw {db_reads_per_s} reads/s instead of {reads_per_s} ({db_load_reduction_pct}% fewer).",
                ko:
                    "캐시가 읽기의 {hit_ratio%}%에 답해서 데이터베이스는 초당 {reads_per_s}건이 아니라 {db_reads_per_s}건만 받았습니다 ({db_load_reduction_pct}% 감소)."
            ))
        list.say(
            "cache.skew", when: MetricRef("hit_ratio") * 100 > MetricRef("capacity_share_pct") * 1.5,
            Localized(
                en:
                    "Popularity is skewed: a global cache with room for {capacity_share_pct}% of the items answered far more than that share of the reads ({hit_ratio%}% over all tiers).",
                ko:
                    "인기가 치우쳐 있습니다. 항목의 {capacity_share_pct}%만 담을 수 있는 글로벌 캐시가 그 비율보다 훨씬 많은 읽기를 받아 냈습니다 (모든 계층 합쳐 {hit_ratio%}%)."
            ))
        let pureLRU = MetricRef("tier_count") == 1 && MetricRef("ttl_s") == 0 && MetricRef("writes_per_s") == 0
        list.say(
            "cache.che", when: pureLRU,
            Localized(
                en:
                    "Che's approximation predicts a hit ratio of {che_hit_ratio} for this LRU cache; the simulation measured {hit_ratio}.",
                ko: "Che 근사는 이 LRU 캐시의 적중률을 {che_hit_ratio}로 예측하고, 시뮬레이션은 {hit_ratio}를 측정했습니다."))
        tierFindings(&list)
        stalenessFindings(&list)
        stampedeFindings(&list)
        RunCost.sayShortened(&list, experiment: "cache")

        return list.findings
    }

    private func tierFindings(_ list: inout FindingList) {
        let tiers = model.setup.tiers
        guard tiers.count > 1 else { return }
        let shares = tiers.map { "\($0.name) {\($0.name)_share_pct}%" }.joined(separator: ", ")
        list.say(
            "cache.tier_shares",
            Localized(
                en:
                    "Share of all reads each tier answered: \(shares), database {db_share_pct}%. Each tier only sees what the tiers in front of it missed.",
                ko: "계층마다 전체 읽기 중 답한 비율: \(shares), 데이터베이스 {db_share_pct}%. 각 계층은 앞 계층이 놓친 읽기만 받습니다."))
        for tier in tiers.dropFirst() {
            list.say(
                "cache.tier_idle", when: MetricRef("\(tier.name)_hit_ratio") < 0.01,
                Localized(
                    en:
                        "The \(tier.name) tier hit only {\(tier.name)_hit_ratio} of its lookups: the larger tiers in front of it already hold every item popular enough to be asked for again soon, so it sees only the long tail.",
                    ko:
                        "\(tier.name) 계층은 조회의 {\(tier.name)_hit_ratio}만 적중했습니다. 앞의 더 큰 계층이 곧 다시 찾을 만큼 인기 있는 항목을 이미 다 담고 있어서, 이 계층에는 긴 꼬리만 옵니다."
                ))
        }
    }

    private func stalenessFindings(_ list: inout FindingList) {
        let stale = MetricRef("stale_reads") > 0
        list.say(
            "cache.stale_ttl", when: stale && MetricRef("invalidate_on") == 0,
            Localized(
                en:
                    "{stale_reads} hits returned a copy older than the database: without invalidation on write, a change shows only when the copy expires (ttl={ttl_s} s; 0 means never).",
                ko:
                    "적중 {stale_reads}건이 데이터베이스보다 오래된 사본을 돌려주었습니다. 쓸 때 무효화하지 않으면 변경은 사본이 만료되어야 보입니다 (ttl={ttl_s}초, 0이면 만료 없음)."
            ))
        list.say(
            "cache.stale_race", when: stale && MetricRef("invalidate_on") == 1,
            Localized(
                en:
                    "Even with invalidation, {stale_reads} hits were stale: a database read that began before a write put the old value into the cache after the write had deleted it. A TTL limits how long such a copy lives.",
                ko:
                    "무효화를 해도 적중 {stale_reads}건이 오래된 값이었습니다. 쓰기 전에 시작한 DB 읽기가, 쓰기가 캐시를 지운 뒤에 옛 값을 다시 넣었기 때문입니다. TTL이 그런 사본의 수명을 묶어 줍니다."
            ))
    }

    private func stampedeFindings(_ list: inout FindingList) {
        let uncoalesced = MetricRef("coalesce_on") == 0 && MetricRef("duplicate_db_reads") > 0
        let stampede = MetricRef("ttl_s") > 0 && MetricRef("db_spike_ratio") > 2
        list.say(
            "cache.stampede", when: uncoalesced && stampede,
            Localized(
                en:
                    "Popular keys filled together at the cold start also expire together, every ttl={ttl_s} s: {duplicate_db_reads} database reads fetched a key already being fetched, and the busiest 100 ms reached {peak_db_reads_per_s} reads/s, {db_spike_ratio}× the average of {db_mean_after_warmup_per_s}. That is a stampede; try coalesce=true.",
                ko:
                    "콜드 스타트 때 함께 채워진 인기 키는 ttl={ttl_s}초마다 함께 만료됩니다. DB 읽기 {duplicate_db_reads}건이 이미 읽는 중인 키를 또 읽었고, 가장 바쁜 100 ms는 평균 {db_mean_after_warmup_per_s}의 {db_spike_ratio}배인 초당 {peak_db_reads_per_s}건에 이르렀습니다. 이것이 스탬피드입니다. coalesce=true를 해 보세요."
            ))
        list.say(
            "cache.duplicates", when: uncoalesced && !stampede,
            Localized(
                en:
                    "{duplicate_db_reads} database reads fetched a key already being fetched (a second miss for the same key within one database read); no expiry spike stands out (busiest 100 ms {db_spike_ratio}× the average).",
                ko:
                    "DB 읽기 {duplicate_db_reads}건이 이미 읽는 중인 키를 또 읽었습니다 (DB 읽기 한 번 사이에 같은 키를 또 놓침). 만료로 튀는 구간은 두드러지지 않습니다 (가장 바쁜 100 ms가 평균의 {db_spike_ratio}배)."
            ))
        list.say(
            "cache.coalesced", when: MetricRef("coalesce_on") == 1 && MetricRef("coalesced") > 0,
            Localized(
                en:
                    "Coalescing made {coalesced} misses wait for a read already in flight instead of hitting the database: the busiest 100 ms reached {peak_db_reads_per_s} reads/s, {db_spike_ratio}× the average.",
                ko:
                    "요청 병합 덕분에 놓침 {coalesced}건이 DB로 가지 않고 진행 중인 읽기를 기다렸습니다. 가장 바쁜 100 ms는 평균의 {db_spike_ratio}배인 초당 {peak_db_reads_per_s}건이었습니다."
            ))
    }
}
