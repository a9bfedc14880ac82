import MiniCluster

extension CachePatternsOutcome {
    /// What the run shows, each finding said only when its numbers bear it out.
    func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        patternFinding(&list)
        expiryFindings(&list)
        crashFindings(&list)
        list.say(
            "cachepatterns.stale", when: MetricRef("stale_reads") > 0,
            model.setup.pattern == .behind
                ? Localized(
                    en:
                        "{stale_reads} reads got an older value than the last acknowledged write: an entry missed before its write was flushed, so the database still had the old value.",
                    ko:
                        "읽기 {stale_reads}건이 마지막으로 완료된 쓰기보다 오래된 값을 받았습니다. 쓰기가 플러시되기 전에 캐시 미스가 나서 데이터베이스에는 아직 옛 값이 있었습니다."
                )
                : Localized(
                    en:
                        "{stale_reads} hits returned an older value than the last acknowledged write: a database read that began before a write filled the cache after it (the read-then-fill race).",
                    ko:
                        "적중 {stale_reads}건이 마지막으로 완료된 쓰기보다 오래된 값을 돌려주었습니다. 쓰기 전에 시작한 데이터베이스 읽기가 쓰기 뒤에 캐시를 채웠기 때문입니다(읽은 뒤 채우기 경쟁)."
                ))
        RunCost.sayShortened(&list, experiment: "cachepatterns")
        return list.findings
    }

    private func patternFinding(_ list: inout FindingList) {
        switch model.setup.pattern {
        case .aside:
            list.say(
                "cachepatterns.aside",
                Localized(
                    en:
                        "Cache-aside: each write went to the database and deleted the cached copy ({write_p99_ms} ms), so the next read of that key missed; the cache answered {hit_ratio%}% of reads.",
                    ko:
                        "캐시 어사이드: 쓰기마다 데이터베이스에 쓰고 캐시 사본을 지웠으므로({write_p99_ms} ms) 그 키의 다음 읽기는 캐시 미스가 되었습니다. 캐시가 읽기의 {hit_ratio%}%에 답했습니다."
                ))
        case .through:
            list.say(
                "cachepatterns.through",
                Localized(
                    en:
                        "Write-through: every write waited for the cache and then the database ({write_p99_ms} ms) and left the new value cached, so reads after a write still hit; the cache answered {hit_ratio%}% of reads.",
                    ko:
                        "라이트 스루: 쓰기마다 캐시와 데이터베이스를 모두 기다렸고({write_p99_ms} ms) 새 값을 캐시에 남겼으므로 쓰기 뒤의 읽기도 적중했습니다. 캐시가 읽기의 {hit_ratio%}%에 답했습니다."
                ))
        case .behind:
            list.say(
                "cachepatterns.behind",
                Localized(
                    en:
                        "Write-behind: writes were acknowledged by the cache alone ({write_p99_ms} ms); the database received {db_writes} writes for the {writes_acked} acknowledged, because each flush carries a key's latest value once.",
                    ko:
                        "라이트 비하인드: 쓰기는 캐시만 거치고 완료되었습니다({write_p99_ms} ms). 완료된 쓰기 {writes_acked}건에 대해 데이터베이스는 {db_writes}건만 받았습니다. 플러시마다 키의 최신 값을 한 번만 쓰기 때문입니다."
                ))
        case .refresh:
            list.say(
                "cachepatterns.refresh",
                Localized(
                    en:
                        "Refresh-ahead: {refreshes} reads late in an entry's life refreshed it in the background, so popular keys rarely expired (hit ratio {hit_ratio%}%); {wasted_refreshes} of those refreshes ({wasted_refresh_pct}%) were never read before the entry expired or was replaced: work spent on cold keys.",
                    ko:
                        "미리 갱신: 수명 끝 무렵의 읽기 {refreshes}건이 항목을 백그라운드에서 갱신했으므로 인기 있는 키는 거의 만료되지 않았습니다(적중률 {hit_ratio%}%). 그 갱신 중 {wasted_refreshes}건({wasted_refresh_pct}%)은 항목이 만료되거나 바뀔 때까지 한 번도 읽히지 않았습니다. 인기 없는 키에 쓴 헛일입니다."
                ))
        }
    }

    private func expiryFindings(_ list: inout FindingList) {
        let jittered = MetricRef("ttl_jitter_s") > 0
        list.say(
            "cachepatterns.synchronized", when: !jittered && MetricRef("db_peak_ratio") > 3,
            Localized(
                en:
                    "Entries loaded together expired together, ttl={ttl_s} s later, and again after each refill: the database's busiest second reached {db_peak_reads_per_s} reads/s, {db_peak_ratio}× its mean of {db_reads_per_s}. Add ttl_jitter to spread the expiries.",
                ko:
                    "함께 올린 항목은 ttl={ttl_s}초 뒤 함께 만료되고, 다시 채운 뒤에도 함께 만료됩니다. 데이터베이스가 가장 바빴던 1초의 읽기는 초당 {db_peak_reads_per_s}건으로 평균 {db_reads_per_s}건의 {db_peak_ratio}배였습니다. ttl_jitter로 만료 시각을 흩어 보세요."
            ))
        list.say(
            "cachepatterns.jitter", when: jittered,
            Localized(
                en:
                    "With up to {ttl_jitter_s} s of jitter, the {prefilled} entries loaded at the start expired over {ttl_s} to {ttl_s} + {ttl_jitter_s} s: at most {expiry_peak_per_s} in one second, against n ÷ J = {jitter_theory_peak_per_s}; the database's busiest second had {db_peak_reads_per_s} reads ({db_peak_ratio}× its mean).",
                ko:
                    "지터를 최대 {ttl_jitter_s}초 주자 처음에 올린 항목 {prefilled}개가 {ttl_s}초에서 {ttl_s} + {ttl_jitter_s}초 사이에 나뉘어 만료되었습니다. 1초에 가장 많이 만료된 항목은 {expiry_peak_per_s}개이고, 이론값 n ÷ J는 {jitter_theory_peak_per_s}개입니다. 데이터베이스가 가장 바빴던 1초의 읽기는 {db_peak_reads_per_s}건(평균의 {db_peak_ratio}배)이었습니다."
            ))
        list.say(
            "cachepatterns.duplicates", when: MetricRef("duplicate_db_reads") > 0,
            Localized(
                en:
                    "{duplicate_db_reads} misses read a key the database was already reading for another miss: nothing coalesced them (the cache experiment's coalesce=true does).",
                ko:
                    "캐시 미스 {duplicate_db_reads}건이 다른 미스 때문에 이미 읽고 있던 키를 또 읽었습니다. 이를 묶어 주는 장치가 없었습니다 (cache 실험의 coalesce=true가 그 장치입니다)."
            ))
        earlyRefreshFindings(&list)
    }

    private func earlyRefreshFindings(_ list: inout FindingList) {
        let early = MetricRef("early_refresh_beta") > 0
        list.say(
            "cachepatterns.early", when: early,
            Localized(
                en:
                    "Early refresh (beta {early_refresh_beta}): {early_refreshes} reads refreshed an entry shortly before it expired while its other readers kept hitting; {duplicate_db_reads} duplicate database reads remained.",
                ko:
                    "조기 갱신(베타 {early_refresh_beta}): 읽기 {early_refreshes}건이 항목을 만료 직전에 갱신했고 그동안 다른 읽기는 계속 적중했습니다. 중복 데이터베이스 읽기는 {duplicate_db_reads}건 남았습니다."
            ))
        list.say(
            "cachepatterns.early_still_peaks",
            when: early && MetricRef("ttl_jitter_s") == 0 && MetricRef("db_peak_ratio") > 3,
            Localized(
                en:
                    "Early refresh stops many readers of one key from missing at once, but entries loaded together still refresh together: the busiest second still had {db_peak_reads_per_s} reads, {db_peak_ratio}× the mean. Jitter spreads them.",
                ko:
                    "조기 갱신은 한 키의 여러 읽기가 한꺼번에 미스 나는 것을 막지만, 함께 올린 항목은 여전히 함께 갱신됩니다. 가장 바쁜 1초의 읽기는 여전히 {db_peak_reads_per_s}건으로 평균의 {db_peak_ratio}배였습니다. 만료 시각을 흩는 것은 지터입니다."
            ))
    }

    private func crashFindings(_ list: inout FindingList) {
        list.say(
            "cachepatterns.behind_lost", when: MetricRef("lost_writes") > 0,
            Localized(
                en:
                    "The cache died at {crash_at_s} s holding {lost_writes} acknowledged writes not yet flushed: write-behind lost them, and the database still has the older values.",
                ko:
                    "캐시가 {crash_at_s}초에 죽을 때 아직 플러시하지 않은, 완료를 알린 쓰기 {lost_writes}건을 들고 있었습니다. 라이트 비하인드는 그 쓰기를 잃었고 데이터베이스에는 옛 값이 남아 있습니다."
            ))
        list.say(
            "cachepatterns.crash_cold", when: MetricRef("crashed") == 1 && MetricRef("lost_writes") == 0,
            Localized(
                en:
                    "The cache died at {crash_at_s} s and came back empty: nothing acknowledged was lost, because the database had every write, but every key missed again (the database's busiest second: {db_peak_reads_per_s} reads).",
                ko:
                    "캐시가 {crash_at_s}초에 죽었다가 빈 채로 돌아왔습니다. 데이터베이스에 모든 쓰기가 있었으므로 완료를 알린 쓰기는 하나도 잃지 않았지만, 모든 키가 다시 캐시 미스가 되었습니다 (데이터베이스가 가장 바빴던 1초의 읽기: {db_peak_reads_per_s}건)."
            ))
    }
}
