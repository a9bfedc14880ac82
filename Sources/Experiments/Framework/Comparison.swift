/// An A-vs-B table: the same quantities measured in two (or more) runs of one scenario, one
/// column per run.
///
///     Comparison(
///         title: Localized(en: "Same incident, with and without the breaker", ko: "…"),
///         runs: [(Localized(en: "breaker on", ko: "브레이커 사용"), with), (Localized(en: "breaker off", ko: "…"), without)],
///         rows: [.number(Localized(en: "longest queue", ko: "가장 긴 대기열")) { Double($0.maxQueue) }]
///     ).table
///
/// gives a table whose columns are `quantity`, `breaker on`, `breaker off` and whose cells are the
/// numbers as `MetricText` formats them.
package struct Comparison<Run> {
    /// One quantity: its label and how to read it from a run.
    package struct Row {
        let label: Localized
        let value: (Run) -> String

        /// A quantity shown as text.
        package static func text(_ label: Localized, _ value: @escaping (Run) -> String) -> Row {
            Row(label: label, value: value)
        }

        /// A quantity shown as a number, formatted like the metrics.
        package static func number(_ label: Localized, _ value: @escaping (Run) -> Double) -> Row {
            Row(label: label) { MetricText.format(value($0)) }
        }
    }

    package let title: Localized
    package let runs: [(name: Localized, run: Run)]
    package let rows: [Row]

    package init(title: Localized, runs: [(name: Localized, run: Run)], rows: [Row]) {
        precondition(runs.count >= 2, "a comparison needs two runs, got \(runs.count)")
        self.title = title
        self.runs = runs
        self.rows = rows
    }

    /// The table: a `quantity` column, then one column per run.
    package var table: ReportTable {
        ReportTable(
            title: title, columns: [Localized(en: "quantity", ko: "항목")] + runs.map(\.name),
            rows: rows.map { row in [row.label] + runs.map { Localized(verbatim: row.value($0.run)) } })
    }
}
