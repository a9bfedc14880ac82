extension CapacityOutcome {
    private typealias L = Localized

    var traffic: [Metric] {
        let p = estimate.profile
        return [
            Self.line("dau", p.dailyActiveUsers, "users × active", L(en: "daily active users", ko: "일간 활성 사용자")),
            Self.line("requests_per_day", p.requestsPerDay, "dau × requests", L(en: "requests a day", ko: "하루 요청 수")),
            Self.line(
                "avg_rps", p.averageRequestsPerSecond, unit: "req/s", "requests_per_day ÷ 86,400",
                L(en: "average requests per second", ko: "평균 초당 요청")),
            Self.line(
                "peak_rps", p.peakRequestsPerSecond, unit: "req/s", "avg_rps × peak",
                L(en: "peak requests per second", ko: "피크 초당 요청")),
            Self.line(
                "peak_read_rps", p.peakReadsPerSecond, unit: "req/s", "peak_rps × reads",
                L(en: "peak reads per second", ko: "피크 초당 읽기")),
            Self.line(
                "peak_write_rps", p.peakWritesPerSecond, unit: "req/s", "peak_rps × (1 − reads)",
                L(en: "peak writes per second", ko: "피크 초당 쓰기"))
        ]
    }

    var storage: [Metric] {
        [
            Self.line(
                "writes_per_day", estimate.profile.writesPerDay, "requests_per_day × (1 − reads)",
                L(en: "writes a day", ko: "하루 쓰기 수")),
            Self.line(
                "storage_gb_per_day", estimate.profile.writesPerDay * estimate.profile.writeBytes / 1e9, unit: "GB",
                "writes_per_day × object_kb", L(en: "new data a day, one copy", ko: "하루에 새로 쌓이는 데이터 (사본 하나)")),
            Self.line(
                "storage_tb_per_year", estimate.storageTBPerYear, unit: "TB", "writes_per_day × 365 × object_kb",
                L(en: "new data a year, one copy", ko: "1년에 새로 쌓이는 데이터 (사본 하나)")),
            Self.line(
                "storage_tb_kept", estimate.storageTBKept, unit: "TB", "storage_tb_per_year × years",
                L(en: "data kept, one copy", ko: "보관하는 데이터 (사본 하나)")),
            Self.line(
                "peak_egress_gbps", estimate.peakEgressGbps, unit: "Gbit/s", "peak_rps × response_kb × 8",
                L(en: "bandwidth to users at the peak", ko: "피크 때 사용자 쪽 대역폭")),
            Self.line(
                "avg_egress_gbps", estimate.averageEgressGbps, unit: "Gbit/s", "avg_rps × response_kb × 8",
                L(en: "average bandwidth to users", ko: "평균 사용자 쪽 대역폭"))
        ]
    }

    var cache: [Metric] {
        [
            Self.line(
                "cache_objects", estimate.cacheObjects, L(en: "Che: objects an LRU needs for hit", ko: "Che: 적중에 필요한 LRU 객체 수"),
                L(en: "objects the cache holds", ko: "캐시가 담는 객체 수")),
            Self.line(
                "cache_share", estimate.cacheObjects / estimate.profile.objectsReadPerDay, "cache_objects ÷ objects",
                L(en: "share of the day's objects cached", ko: "하루 객체 중 캐시에 담는 비율")),
            Self.line(
                "cache_gb", estimate.cacheGB, unit: "GB", "cache_objects × object_kb",
                L(en: "cache memory", ko: "캐시 메모리")),
            Self.line(
                "cache_nodes", Double(estimate.cacheNodes), "⌈cache_gb ÷ cache_node_gb⌉",
                L(en: "cache nodes (each with a replica)", ko: "캐시 노드 수 (노드마다 복제본 하나)")),
            Self.line(
                "hit_at_20pct", estimate.hitAtFifthOfObjects, L(en: "Che: hit ratio caching 20% of objects", ko: "Che: 객체 20%를 캐시할 때의 적중률"),
                L(en: "hit ratio of the 80/20 rule of thumb", ko: "80/20 어림 규칙의 적중률"))
        ]
    }

    var servers: [Metric] {
        let e = estimate
        return [
            Self.line(
                "busy_workers", e.busyWorkers, "peak_rps × service_ms (Little's law)",
                L(en: "requests in service at any instant at the peak", ko: "피크 때 어느 순간이든 처리 중인 요청 수")),
            Self.line(
                "app_servers", Double(e.appServers), "⌈peak_rps × service_ms ÷ (workers × utilization)⌉",
                L(en: "app servers for the peak", ko: "피크에 필요한 앱 서버")),
            Self.line(
                "app_servers_to_survive", Double(e.appServersToSurvive), "⌊peak_rps × service_ms ÷ workers⌋ + 1",
                L(en: "fewest servers that keep utilisation below 1", ko: "사용률을 1 아래로 지키는 최소 서버 수")),
            Self.line(
                "app_headroom", Double(e.appServers - e.appServersToSurvive), "app_servers − app_servers_to_survive",
                L(en: "servers that can fail at the peak", ko: "피크에 고장 나도 되는 서버 수")),
            Self.line(
                "app_utilization", e.appUtilization, "peak_rps ÷ app_servers × service_ms ÷ workers",
                L(en: "utilisation of each app server at the peak", ko: "피크 때 앱 서버 한 대의 사용률")),
            Self.line(
                "wait_probability", e.waitProbability, "Erlang C(workers, load)",
                L(en: "share of requests that wait for a worker", ko: "작업자를 기다리는 요청의 비율")),
            Self.line(
                "app_mean_ms", e.meanResponseMs, unit: "ms", "C ÷ (cμ − λ) + service_ms",
                L(en: "mean time in an app server", ko: "앱 서버 안의 평균 시간")),
            Self.line(
                "wait_p99_ms", e.waitP99Ms, unit: "ms", "ln(C ÷ 0.01) ÷ (cμ − λ)",
                L(en: "99th percentile of the queueing wait", ko: "대기 시간의 99번째 백분위수"))
        ]
    }
}
