/// The strategies of a `sharding` run side by side.
struct ShardingOutcome {
    let placements: [ShardPlacement]
    let loads: [ShardLoad]
    let chosen: Int
    let sampledRequests: Int

    func report(values: ParameterValues) -> Report {
        let metrics = sampleMetrics(values: values) + chosenMetrics
        return Report(metrics: metrics, tables: [comparison], charts: [bars], findings: findings(metrics))
    }

    private func sampleMetrics(values: ParameterValues) -> [Metric] {
        [
            Metric(
                "shards", Double(placements[chosen].shards),
                Localized(en: "shards before adding one", ko: "추가하기 전의 샤드 수")),
            Metric(
                "imbalance_mod", loads[0].imbalance, Localized(en: "busiest ÷ average, mod-N", ko: "최대 ÷ 평균, mod-N")),
            Metric(
                "imbalance_ring", loads[1].imbalance,
                Localized(en: "busiest ÷ average, consistent hashing", ko: "최대 ÷ 평균, 일관 해싱")),
            Metric(
                "imbalance_range", loads[2].imbalance,
                Localized(en: "busiest ÷ average, key ranges", ko: "최대 ÷ 평균, 키 범위")),
            Metric(
                "sampled_requests", Double(sampledRequests),
                Localized(
                    en: "requests sampled (the event budget may cut the asked number)",
                    ko: "뽑아 본 요청 수 (이벤트 한도가 줄일 수 있음)")),
            Metric(
                "asked_requests", Double(values[ShardingExperiment.Key.requests]),
                Localized(en: "requests asked for", ko: "요청한 요청 수"))
        ]
    }

    private var chosenMetrics: [Metric] {
        let placement = placements[chosen]
        let load = loads[chosen]
        let n = Double(placement.shards)
        let total = Double(load.perShard.reduce(0, +))
        return [
            Metric("imbalance", load.imbalance, Localized(en: "busiest shard ÷ average shard", ko: "가장 바쁜 샤드 ÷ 평균 샤드")),
            Metric("hot_shard", Double(load.hotShard), Localized(en: "the busiest shard", ko: "가장 바쁜 샤드")),
            Metric(
                "hot_shard_pct", Double(load.perShard[load.hotShard]) / max(total, 1) * 100, unit: "%",
                Localized(en: "its share of requests", ko: "그 샤드가 받은 요청의 비율")),
            Metric(
                "moved_pct", placement.movedFraction * 100, unit: "%",
                Localized(en: "keys that move when a shard is added", ko: "샤드를 하나 추가할 때 옮겨 가는 키")),
            Metric(
                "moved_mod_pct", placements[0].movedFraction * 100, unit: "%",
                Localized(en: "keys moved with mod-N", ko: "mod-N에서 옮겨 가는 키")),
            Metric(
                "moved_ring_pct", placements[1].movedFraction * 100, unit: "%",
                Localized(en: "keys moved with consistent hashing", ko: "일관 해싱에서 옮겨 가는 키")),
            Metric(
                "expected_mod_pct", n / (n + 1) * 100, unit: "%",
                Localized(en: "theory for mod-N: N/(N+1)", ko: "mod-N 이론값: N/(N+1)")),
            Metric(
                "expected_ring_pct", 1 / (n + 1) * 100, unit: "%",
                Localized(en: "theory for consistent hashing: 1/(N+1)", ko: "일관 해싱 이론값: 1/(N+1)"))
        ]
    }

    private var comparison: ReportTable {
        ReportTable(
            title: Localized(en: "Strategies on the same keys and requests", ko: "같은 키와 요청에서 본 전략들"),
            columns: [
                Localized(en: "strategy", ko: "전략"), Localized(en: "busiest ÷ average", ko: "최대 ÷ 평균"),
                Localized(en: "keys moved at N→N+1 (%)", ko: "N→N+1 때 옮겨 간 키 (%)")
            ],
            rows: placements.indices.map { index in
                [
                    Localized(verbatim: placements[index].strategy),
                    Localized(verbatim: MetricText.format(loads[index].imbalance)),
                    Localized(verbatim: MetricText.format(placements[index].movedFraction * 100))
                ]
            })
    }

    private var bars: Chart {
        let load = loads[chosen]
        return .bars(
            BarChart(
                title: Localized(
                    en: "Requests per shard (\(placements[chosen].strategy))",
                    ko: "샤드별 요청 (\(placements[chosen].strategy))"),
                unit: "",
                bars: load.perShard.indices.map {
                    BarChart.Bar(Localized(en: "shard \($0)", ko: "샤드 \($0)"), Double(load.perShard[$0]))
                }))
    }

    private func findings(_ metrics: [Metric]) -> [Finding] {
        var list = FindingList(metrics: metrics)
        moveFindings(&list)
        loadFindings(&list)
        return list.findings
    }

    private func moveFindings(_ list: inout FindingList) {
        list.say(
            "sharding.moved", when: MetricRef("moved_ring_pct") < MetricRef("moved_mod_pct"),
            Localized(
                en:
                    "Adding a shard to {shards} moved {moved_mod_pct}% of keys with mod-N (theory N/(N+1) = {expected_mod_pct}%) but only {moved_ring_pct}% with consistent hashing (theory 1/(N+1) = {expected_ring_pct}%).",
                ko:
                    "샤드 {shards}개에 하나를 더하자 mod-N에서는 키의 {moved_mod_pct}%가 옮겨 갔지만(이론 N/(N+1) = {expected_mod_pct}%), 일관 해싱에서는 {moved_ring_pct}%만 옮겨 갔습니다(이론 1/(N+1) = {expected_ring_pct}%)."
            ))
        list.say(
            "sharding.moved_alike", when: MetricRef("moved_ring_pct") >= MetricRef("moved_mod_pct"),
            Localized(
                en:
                    "Adding a shard to {shards} moved {moved_mod_pct}% of keys with mod-N and {moved_ring_pct}% with consistent hashing: with this few shards or virtual nodes the ring saves nothing.",
                ko:
                    "샤드 {shards}개에 하나를 더하자 mod-N에서는 {moved_mod_pct}%, 일관 해싱에서는 {moved_ring_pct}%의 키가 옮겨 갔습니다. 샤드나 가상 노드가 이만큼 적으면 링의 이점이 없습니다."
            ))
    }

    private func loadFindings(_ list: inout FindingList) {
        let name = placements[chosen].strategy
        list.say(
            "sharding.busiest",
            Localized(
                en: "With \(name), the busiest shard got {imbalance}× the average load ({hot_shard_pct}% of requests).",
                ko: "\(name) 방식에서 가장 바쁜 샤드는 평균의 {imbalance}배(요청의 {hot_shard_pct}%)를 받았습니다."))
        list.say(
            "sharding.range_uneven",
            when: MetricRef("imbalance_range") > 1.5 && MetricRef("imbalance_range") >= MetricRef("imbalance_mod")
                && MetricRef("imbalance_range") >= MetricRef("imbalance_ring"),
            Localized(
                en:
                    "Key ranges put the most popular ids together, so range sharding is the most uneven here ({imbalance_range}× against {imbalance_mod}× for mod-N and {imbalance_ring}× for the ring).",
                ko:
                    "키 범위는 인기 있는 ID를 한데 모으므로 여기서는 범위 샤딩이 가장 고르지 않습니다 (mod-N {imbalance_mod}배, 링 {imbalance_ring}배에 비해 {imbalance_range}배)."
            ))
        list.say(
            "sharding.capped", when: MetricRef("sampled_requests") < MetricRef("asked_requests"),
            Localized(
                en:
                    "The run sampled {sampled_requests} of the {asked_requests} requests asked for: that is what fits in one run's event budget.",
                ko: "요청한 {asked_requests}개 가운데 {sampled_requests}개만 뽑아 보았습니다. 한 번의 실행에 주어진 이벤트 한도가 그만큼입니다."))
    }
}
