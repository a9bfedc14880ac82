import Experiments

extension Session {
    /// Renders course Markdown for the console (through the pager on a terminal).
    package func showMarkdown(_ markdown: String) {
        showLong(markdown)
    }

    /// Prints text, through the pager when a person reads it on a screen too small for it.
    package func showLong(_ text: String) {
        if mode == .interactive, Pager.isTallerThanScreen(text), Pager.show(text + "\n", environment: environment.variables) {
            return
        }
        console.print(text)
    }
}

extension Session {
    /// Prints a table lined up by display width.
    package func showTable(headers: [String], rows: [[String]]) {
        console.print(([headers] + rows).map { $0.joined(separator: "  ") }.joined(separator: "\n"))
    }

    /// Renders a report: parameters, metrics, tables, charts and findings.
    package func show(_ report: Report) {
        console.print(report.experiment + " " + report.parameters.commandLineText)
        for metric in report.metrics { console.print("\(metric.name) = \(MetricText.format(metric.value)) \(metric.unit)") }
        for finding in report.findings { console.print("• " + text(finding)) }
    }
}
