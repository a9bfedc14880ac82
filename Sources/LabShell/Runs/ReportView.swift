import Experiments
import LabText
import Terminal

/// Renders a `Report` for the terminal: parameter line, metrics, tables, charts, timelines, findings.
struct ReportView {
    let report: Report
    let language: Language
    let glyphs: Glyphs
    let styler: Styler
    let width: Int

    var text: String {
        var blocks = [header, metricsTable]
        blocks += report.tables.map(table)
        blocks += report.charts.map(chart)
        blocks += report.timelines.map(timeline)
        if let diagram = report.diagram {
            let title = TextLayout.wrap(
                language == .ko ? "상태도 (굵은 상자가 마지막 상태)" : "State diagram (heavy box: the final state)",
                to: width
            ).map(styler.bold).joined(separator: "\n")
            blocks.append(
                title + "\n"
                    + MermaidRenderer(glyphs: glyphs, styler: styler, width: width)
                    .render(local(diagram.source), highlight: diagram.highlight))
        }
        blocks.append(findings)
        return blocks.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    private func local(_ text: Localized) -> String { text.text(language) }

    private var header: String {
        let section = language == .ko ? "\(report.section)절" : "section \(report.section)"
        let title = styler.bold("\(report.experiment) — \(section)")
        let line = "\(report.parameters.commandLineText)  seed=\(report.seed)"
        let tokens = line.split(separator: " ").map(String.init)
        let lines = DisplayWidth.of(line) <= width ? [line] : TextLayout.flow(tokens, width: width, separator: " ")
        return ([title] + lines.map(styler.dim)).joined(separator: "\n")
    }

    private var metricsTable: String {
        let intervals = report.metrics.contains { $0.halfWidth != nil }
        let rows = report.metrics.map { metric in
            [metric.name, MetricText.format(metric.value), metric.unit]
                + (intervals ? [metric.halfWidth.map { "± " + MetricText.format($0) } ?? ""] : []) + [
                    local(metric.label)
                ]
        }
        let headers =
            (language == .ko ? ["지표", "값", "단위"] : ["metric", "value", "unit"])
            + (intervals ? [language == .ko ? "95% 구간" : "95% CI"] : []) + [language == .ko ? "뜻" : "meaning"]
        return TableRenderer(glyphs: glyphs, styler: styler, width: width).render(
            headers: headers, rows: rows, keep: [0])
    }

    private func table(_ table: ReportTable) -> String {
        TextLayout.wrap(local(table.title), to: width).map(styler.bold).joined(separator: "\n") + "\n"
            + TableRenderer(glyphs: glyphs, styler: styler, width: width)
            .render(headers: table.columns.map(local), rows: table.rows.map { $0.map(local) })
    }

    private func chart(_ chart: Chart) -> String {
        switch chart {
        case .line(let line):
            let series = line.series.map {
                LineChartRenderer.Series(
                    name: $0.label.map(local) ?? $0.name, points: $0.points.map { ($0.x, $0.y) },
                    kind: $0.upper.map { .band(upper: $0) } ?? .line)
            }
            let yLabel = local(line.yLabel) + (line.yUnit.isEmpty ? "" : " (\(line.yUnit))")
            let xLabel = local(line.xLabel) + (line.xUnit.isEmpty ? "" : " (\(line.xUnit))")
            return LineChartRenderer(glyphs: glyphs, styler: styler, width: width, height: 12)
                .render(title: local(line.title), xLabel: xLabel, yLabel: yLabel, series: series)
        case .bars(let bars):
            let unit = bars.unit.isEmpty ? "" : " \(bars.unit)"
            return BarChartRenderer(glyphs: glyphs, width: width).render(
                title: styler.bold(local(bars.title)),
                bars: bars.bars.map { (local($0.label), $0.value, MetricText.format($0.value) + unit) })
        }
    }

    private func timeline(_ timeline: Timeline) -> String {
        TimelineRenderer(glyphs: glyphs, styler: styler, width: width).render(
            title: local(timeline.title), states: timeline.states.map(local),
            segments: timeline.segments.map { ($0.start, $0.end, $0.state) }, unit: timeline.timeUnit)
    }

    private var findings: String {
        guard !report.findings.isEmpty else { return "" }
        let label = styler.bold(language == .ko ? "발견한 점" : "Findings")
        let lines = report.findings.flatMap { finding -> [String] in
            let wrapped = TextLayout.wrap(local(finding.text), to: width - 2)
            return wrapped.enumerated().map { ($0.offset == 0 ? glyphs.bullet + " " : "  ") + $0.element }
        }
        return ([label] + lines).joined(separator: "\n")
    }
}
