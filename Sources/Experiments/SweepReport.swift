/// The report of a sweep: a line chart of the plotted metrics and a table of every step.
struct SweepReport {
    let experiment: any Experiment
    let parameter: ParameterSpec
    let reports: [Report]
    let base: ParameterValues
    let seed: UInt64

    var report: Report {
        let plot = experiment.sweepPlot
        let xName = reports.first?.metric(plot.x) != nil ? plot.x : parameter.name
        func x(_ report: Report) -> Double {
            report.metric(xName)?.value ?? (report.parameters[parameter.name].flatMap(Self.number) ?? 0)
        }
        let series = plot.y.map { name in
            Series(name, points: reports.compactMap { report in report.metric(name).map { Series.Point(x(report), $0.value) } })
        }
        let units = Set(plot.y.compactMap { reports.first?.metric($0)?.unit })
        let chart = LineChart(title: Localized(en: "\(plot.y.joined(separator: ", ")) against \(xName)",
                                               ko: "\(xName)에 따른 \(plot.y.joined(separator: ", "))"),
                              x: Localized(verbatim: xName), xUnit: reports.first?.metric(xName)?.unit ?? parameter.unit,
                              y: Localized(verbatim: plot.y.joined(separator: ", ")), yUnit: units.count == 1 ? units.first! : "",
                              series: series)
        var swept = base
        swept.set("sweep", .choice("\(parameter.name):\(MetricText.format(Self.number(reports.first?.parameters[parameter.name]) ?? 0))..\(MetricText.format(Self.number(reports.last?.parameters[parameter.name]) ?? 0))"))
        return Report(experiment: experiment.id, seed: seed, parameters: swept, section: experiment.section,
                      metrics: reports.last?.metrics ?? [], tables: [table(plot: plot)], charts: [.line(chart)],
                      findings: findings(plot: plot, x: x))
    }

    private func table(plot: SweepPlot) -> ReportTable {
        let names = [parameter.name] + ([plot.x] + plot.y).filter { $0 != parameter.name }
        let rows = reports.map { report in
            names.map { name in
                Localized(verbatim: report.metric(name).map { MetricText.format($0.value) }
                    ?? Self.number(report.parameters[name]).map(MetricText.format) ?? report.parameters[name]?.description ?? "—")
            }
        }
        return ReportTable(title: Localized(en: "One run per step (seed \(seed))", ko: "단계마다 한 번씩 실행 (시드 \(seed))"),
                           columns: names.map(Localized.init(verbatim:)), rows: rows)
    }

    private func findings(plot: SweepPlot, x: (Report) -> Double) -> [Localized] {
        guard let first = reports.first, let last = reports.last, let y = plot.y.first,
              let low = first.metric(y)?.value, let high = last.metric(y)?.value, low > 0 else { return [] }
        let ratio = MetricText.format(high / low)
        return [Localized(
            en: "From \(plot.x) = \(MetricText.format(x(first))) to \(MetricText.format(x(last))), \(y) grew \(ratio)× (\(MetricText.format(low)) → \(MetricText.format(high))).",
            ko: "\(plot.x) 값이 \(MetricText.format(x(first)))에서 \(MetricText.format(x(last)))(으)로 바뀌는 동안 \(y) 값은 \(ratio)배가 되었습니다 (\(MetricText.format(low)) → \(MetricText.format(high))).")]
    }

    static func number(_ value: ParameterValue?) -> Double? {
        switch value {
        case .integer(let number)?: return Double(number)
        case .real(let number)?: return number
        default: return nil
        }
    }
}
