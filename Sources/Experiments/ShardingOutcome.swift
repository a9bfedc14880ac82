/// The strategies of a `sharding` run side by side.
struct ShardingOutcome {
    let placements: [ShardPlacement]
    let loads: [ShardLoad]
    let chosen: Int

    func report(experiment: ShardingExperiment, values: ParameterValues, seed: UInt64) -> Report {
        let placement = placements[chosen], load = loads[chosen]
        let n = Double(placement.shards)
        let total = Double(load.perShard.reduce(0, +))
        let metrics = [
            Metric("imbalance", load.imbalance, Localized(en: "busiest shard ÷ average shard", ko: "가장 바쁜 샤드 ÷ 평균 샤드")),
            Metric("hot_shard", Double(load.hotShard), Localized(en: "the busiest shard", ko: "가장 바쁜 샤드")),
            Metric("hot_shard_pct", Double(load.perShard[load.hotShard]) / max(total, 1) * 100, unit: "%", Localized(en: "its share of requests", ko: "그 샤드가 받은 요청의 비율")),
            Metric("moved_pct", placement.movedFraction * 100, unit: "%", Localized(en: "keys that move when a shard is added", ko: "샤드를 하나 추가할 때 옮겨 가는 키")),
            Metric("moved_mod_pct", placements[0].movedFraction * 100, unit: "%", Localized(en: "keys moved with mod-N", ko: "mod-N에서 옮겨 가는 키")),
            Metric("moved_ring_pct", placements[1].movedFraction * 100, unit: "%", Localized(en: "keys moved with consistent hashing", ko: "일관 해싱에서 옮겨 가는 키")),
            Metric("expected_mod_pct", n / (n + 1) * 100, unit: "%", Localized(en: "theory for mod-N: N/(N+1)", ko: "mod-N 이론값: N/(N+1)")),
            Metric("expected_ring_pct", 1 / (n + 1) * 100, unit: "%", Localized(en: "theory for consistent hashing: 1/(N+1)", ko: "일관 해싱 이론값: 1/(N+1)")),
        ]
        return Report(experiment: experiment.id, seed: seed, parameters: values, section: experiment.section,
                      metrics: metrics, tables: [comparison], charts: [bars], findings: findings)
    }

    private var comparison: ReportTable {
        ReportTable(title: Localized(en: "Strategies on the same keys and requests", ko: "같은 키와 요청에서 본 전략들"),
                    columns: [Localized(en: "strategy", ko: "전략"), Localized(en: "busiest ÷ average", ko: "최대 ÷ 평균"),
                              Localized(en: "keys moved at N→N+1 (%)", ko: "N→N+1 때 옮겨 간 키 (%)")],
                    rows: placements.indices.map { index in
                        [Localized(verbatim: placements[index].strategy), Localized(verbatim: MetricText.format(loads[index].imbalance)),
                         Localized(verbatim: MetricText.format(placements[index].movedFraction * 100))]
                    })
    }

    private var bars: Chart {
        let load = loads[chosen]
        return .bars(BarChart(title: Localized(en: "Requests per shard (\(placements[chosen].strategy))", ko: "샤드별 요청 (\(placements[chosen].strategy))"),
                              unit: "", bars: load.perShard.indices.map { BarChart.Bar(Localized(en: "shard \($0)", ko: "샤드 \($0)"), Double(load.perShard[$0])) }))
    }

    private var findings: [Localized] {
        let n = placements[0].shards
        var findings = [Localized(
            en: "Adding a shard to \(n) moved \(MetricText.format(placements[0].movedFraction * 100))% of keys with mod-N (theory \(MetricText.format(Double(n) / Double(n + 1) * 100))%) but only \(MetricText.format(placements[1].movedFraction * 100))% with consistent hashing (theory \(MetricText.format(100 / Double(n + 1)))%).",
            ko: "샤드 \(n)개에 하나를 더하자 mod-N에서는 키의 \(MetricText.format(placements[0].movedFraction * 100))%가 옮겨 갔지만(이론 \(MetricText.format(Double(n) / Double(n + 1) * 100))%), 일관 해싱에서는 \(MetricText.format(placements[1].movedFraction * 100))%만 옮겨 갔습니다(이론 \(MetricText.format(100 / Double(n + 1)))%).")]
        let load = loads[chosen]
        findings.append(Localized(
            en: "With \(placements[chosen].strategy), the busiest shard got \(MetricText.format(load.imbalance))× the average load" + (loads[2].imbalance > 1.5 ? "; key ranges put the most popular ids together, so range sharding is the most uneven (\(MetricText.format(loads[2].imbalance))×)." : "."),
            ko: "\(placements[chosen].strategy) 방식에서 가장 바쁜 샤드는 평균의 \(MetricText.format(load.imbalance))배를 받았습니다" + (loads[2].imbalance > 1.5 ? ". 키 범위는 인기 있는 ID를 한데 모으므로 범위 샤딩이 가장 고르지 않습니다 (\(MetricText.format(loads[2].imbalance))배)." : ".")))
        return findings
    }
}
