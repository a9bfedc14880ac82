import MiniCluster

/// The report of a sweep: a line chart of the plotted metrics and a table of every step.
struct SweepReport {
    let experiment: any Experiment
    let parameter: ParameterSpec
    let reports: [Report]
    let base: ParameterValues
    let seed: UInt64

    var plot: SweepPlot { experiment.sweepPlot }
    var xName: String { reports.first?.metric(plot.x) != nil ? plot.x : parameter.name }

    func x(_ report: Report) -> Double {
        report.metric(xName)?.value ?? (report.parameters[parameter.name].flatMap(Self.number) ?? 0)
    }

    var report: Report {
        var swept = base
        swept.set(
            "sweep",
            .choice(
                "\(parameter.name):\(MetricText.format(Self.number(reports.first?.parameters[parameter.name]) ?? 0))..\(MetricText.format(Self.number(reports.last?.parameters[parameter.name]) ?? 0))"
            ))
        let metrics = (reports.last?.metrics ?? []) + changeMetrics
        return Report(
            experiment: experiment.id, seed: seed, parameters: swept, section: experiment.section,
            metrics: metrics, tables: [table], charts: [.line(chart)],
            findings: findings(metrics: metrics))
    }

    private var chart: LineChart {
        var series = plot.y.map { name in
            Series(
                name,
                points: reports.compactMap { report in report.metric(name).map { Series.Point(x(report), $0.value) } })
        }
        if let y = plot.y.first, reports.contains(where: { $0.metric(y)?.halfWidth != nil }) {
            series.append(
                .band(
                    "\(y) 95% CI", label: Localized(en: "\(y) 95% CI", ko: "\(y) 95% 구간"),
                    points: reports.compactMap { report in
                        report.metric(y).map { (x(report), $0.estimate.lower, $0.estimate.upper) }
                    }))
        }
        let units = Set(plot.y.compactMap { reports.first?.metric($0)?.unit })
        return LineChart(
            title: Localized(
                en: "\(plot.y.joined(separator: ", ")) against \(xName)",
                ko: "\(xName)에 따른 \(plot.y.joined(separator: ", "))"),
            x: Localized(verbatim: xName), xUnit: reports.first?.metric(xName)?.unit ?? parameter.unit,
            y: Localized(verbatim: plot.y.joined(separator: ", ")), yUnit: units.count == 1 ? units.first! : "",
            series: series)
    }

    private var table: ReportTable {
        let names = [parameter.name] + ([plot.x] + plot.y).filter { $0 != parameter.name }
        let unstable = reports.contains(where: Self.isUnstable)
        let rows = reports.map { report in
            names.map { name in
                Localized(
                    verbatim: report.metric(name).map(MetricText.format)
                        ?? Self.number(report.parameters[name]).map(MetricText.format) ?? report.parameters[name]?
                        .description ?? "—")
            }
                + (unstable
                    ? [
                        Self.isUnstable(report)
                            ? Localized(en: "unstable: overloaded", ko: "불안정: 과부하")
                            : Localized(en: "stable", ko: "안정")
                    ] : [])
        }
        return ReportTable(
            title: Localized(en: "One run per step (seed \(seed))", ko: "단계마다 한 번씩 실행 (시드 \(seed))"),
            columns: names.map(Localized.init(verbatim:)) + (unstable ? [Localized(en: "queue", ko: "대기열")] : []),
            rows: rows)
    }

    /// A step whose offered load is at or above capacity: its queue grows for as long as it runs.
    static func isUnstable(_ report: Report) -> Bool {
        (report.metric("offered_utilization")?.value ?? 0) >= 1
    }

    static func number(_ value: ParameterValue?) -> Double? {
        switch value {
        case .integer(let number)?: return Double(number)
        case .real(let number)?: return number
        default: return nil
        }
    }
}
