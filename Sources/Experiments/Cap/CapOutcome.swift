import MiniCluster

/// The numbers of a `cap` run, with CP and AP runs of the same scenario beside it.
struct CapOutcome {
    let chosen: CapModel
    let ap: CapModel
    let cp: CapModel
    let values: ParameterValues
    let cost: RunCost

    static func percent(_ part: Int, of whole: Int) -> Double { whole == 0 ? 100 : Double(part) / Double(whole) * 100 }
    static func availability(_ model: CapModel) -> Double {
        percent(model.answered.reduce(0, +), of: model.attempted.reduce(0, +))
    }
    static func sideB(_ model: CapModel) -> Double { percent(model.answeredDuring[1], of: model.attemptedDuring[1]) }
    static func stalePercent(_ model: CapModel) -> Double { percent(model.checker.staleReads, of: model.checker.reads) }

    /// Writes the losing side accepted during the partition, replaced when last-writer-wins merged the sides.
    static func overwritten(_ model: CapModel) -> Int {
        guard let a = model.lastWriteDuring[0], let b = model.lastWriteDuring[1] else { return 0 }
        return a > b ? model.writesDuring[1] : model.writesDuring[0]
    }

    static func convergeMilliseconds(_ model: CapModel) -> Double {
        guard let at = model.convergedAt else { return -1 }
        return (at - model.setup.partition.upperBound).milliseconds
    }

    func report() -> Report {
        var metrics =
            chosenMetrics + [
                Metric(
                    "stale_reads_cp", Double(cp.checker.staleReads), Localized(en: "stale reads, CP", ko: "오래된 읽기, CP")),
                Metric(
                    "stale_reads_ap", Double(ap.checker.staleReads), Localized(en: "stale reads, AP", ko: "오래된 읽기, AP")),
                Metric(
                    "side_b_availability_cp_pct", Self.sideB(cp), unit: "%",
                    Localized(en: "side B during the partition, CP", ko: "분단 중 B쪽, CP")),
                Metric(
                    "side_b_availability_ap_pct", Self.sideB(ap), unit: "%",
                    Localized(en: "side B during the partition, AP", ko: "분단 중 B쪽, AP"))
            ]
        let converge = Self.convergeMilliseconds(chosen)
        if converge >= 0 {
            metrics.append(
                Metric(
                    "converge_ms", converge, unit: "ms",
                    Localized(en: "time after the heal until all replicas agree", ko: "분단이 풀린 뒤 모든 복제본이 같아지기까지")))
        }
        metrics += comparisonMetrics + cost.metrics
        return Report(
            metrics: metrics, tables: [comparison], charts: [answeredChart], timelines: [timeline],
            findings: findings(metrics))
    }

    /// The chosen run's answers, staleness and quorums.
    private var chosenMetrics: [Metric] {
        let setup = chosen.setup
        return [
            Metric(
                "availability_pct", Self.availability(chosen), unit: "%",
                Localized(en: "operations answered", ko: "응답한 연산")),
            Metric(
                "side_b_availability_pct", Self.sideB(chosen), unit: "%",
                Localized(en: "side B answered during the partition", ko: "분단 중 B쪽이 응답한 비율")),
            Metric(
                "stale_reads", Double(chosen.checker.staleReads),
                Localized(en: "reads older than the latest acknowledged write", ko: "최신 확인 쓰기보다 오래된 읽기")),
            Metric(
                "stale_read_pct",
                Estimate(mean: Self.stalePercent(chosen), halfWidth: chosen.staleBatches.estimate.halfWidth), unit: "%",
                Localized(en: "share of reads that were stale", ko: "오래된 읽기의 비율")),
            Metric(
                "overwritten_writes", Double(Self.overwritten(chosen)),
                Localized(
                    en: "acknowledged writes lost to last-writer-wins at the heal", ko: "분단이 풀릴 때 LWW로 덮어쓴 확인된 쓰기")),
            Metric(
                "quorum_overlap", setup.reads + setup.writes > CapModel.replicas ? 1 : 0,
                Localized(en: "1 when R + W > N", ko: "R + W > N이면 1"))
        ]
    }

    private var comparison: ReportTable {
        Comparison(
            title: Localized(en: "The same partition, CP (R=W=2) and AP (R=W=1)", ko: "같은 분단, CP (R=W=2)와 AP (R=W=1)"),
            runs: [(Localized(verbatim: "CP"), cp), (Localized(verbatim: "AP"), ap)],
            rows: [
                .number(Localized(en: "side B answered during partition (%)", ko: "분단 중 B쪽 응답률 (%)"), Self.sideB),
                .number(Localized(en: "all operations answered (%)", ko: "전체 응답률 (%)"), Self.availability),
                .number(Localized(en: "stale reads", ko: "오래된 읽기")) { Double($0.checker.staleReads) },
                .number(Localized(en: "writes overwritten at the heal", ko: "분단 해소 때 덮어쓴 쓰기")) {
                    Double(Self.overwritten($0))
                },
                .text(Localized(en: "converged after heal (ms)", ko: "분단 해소 후 수렴 (ms)")) {
                    Self.convergeMilliseconds($0) >= 0 ? MetricText.format(Self.convergeMilliseconds($0)) : "—"
                }
            ]
        ).table
    }

    private var answeredChart: Chart {
        let end = chosen.setup.end
        func series(_ name: String, _ model: CapModel, side: Int) -> Series {
            Series(name, points: model.answeredSeries[side].sums(until: end).map { Series.Point($0.time, $0.value) })
        }
        return .line(
            LineChart(
                title: Localized(en: "Side B operations answered per second", ko: "B쪽이 초마다 응답한 연산"),
                x: Localized(en: "time", ko: "시간"), xUnit: "s", y: Localized(en: "answered", ko: "응답"), yUnit: "ops/s",
                series: [series("CP", cp, side: 1), series("AP", ap, side: 1)]))
    }

    private var timeline: Timeline {
        let end = max(chosen.setup.end, chosen.convergedAt ?? .zero)
        return Timeline(
            title: Localized(en: "Replica 3 (side B)", ko: "복제본 3 (B쪽)"),
            states: [
                Localized(en: "InSync", ko: "동기"), Localized(en: "CutOff", ko: "단절"),
                Localized(en: "Reconciling", ko: "맞추는중")
            ],
            segments: chosen.states.segments(until: end).map {
                .init(start: $0.start.seconds, end: $0.end.seconds, state: $0.state)
            },
            timeUnit: "s")
    }
}
