import LabText
import Terminal

/// The terminal summary of `grade --summary`: counts, the score distribution and each question's facility as bars.
enum SummaryChart {
    /// The summary text (plain characters only when `unicode` is false).
    static func render(_ book: Gradebook, language: Language, unicode: Bool = true, width: Int = 72) -> String {
        let labels = MarkdownLabels(language: language)
        let chart = BarChartRenderer(glyphs: .forLocale(unicode: unicode), width: width)
        let percents = book.sheets.map(\.percent)
        let format = { (value: Double?) in value.map { DecimalText.format($0, digits: 1) } ?? "n/a" }
        var lines = [
            "\(UntrustedText.oneLine(book.key.id)): \(labels.graded) \(book.sheets.count); \(labels.rejectedCount) \(book.rejected.count)",
            "\(labels.mean) \(format(Statistics.mean(percents)))%, \(labels.median) \(format(Statistics.median(percents)))%, "
                + "SD \(format(Statistics.variance(percents).map { $0.squareRoot() }))", ""
        ]
        var counts = Array(repeating: 0, count: 10)
        for percent in percents { counts[MarkdownReport.bin(of: percent)] += 1 }
        let bins = counts.enumerated().reversed().map { bin, count in
            (label: bin == 9 ? "90-100%" : "\(bin * 10)-\(bin * 10 + 9)%", value: Double(count), text: String(count))
        }
        lines.append(chart.render(title: labels.distribution, bars: bins))
        let statistics = ItemStatistics(sheets: book.sheets)
        let facility = statistics.items.map { item in
            (
                label: UntrustedText.oneLine(item.id, limit: 24), value: item.facility ?? 0,
                text: item.facility.map { DecimalText.format($0, digits: 2) } ?? "n/a"
            )
        }
        lines += ["", chart.render(title: "\(labels.items): \(labels.facility)", bars: facility)]
        return lines.joined(separator: "\n") + "\n"
    }
}
