import ArgumentParser
import Experiments
import LabText
import Terminal

/// `compare`: the last two runs side by side, metric by metric, then what moved.
struct CompareCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "Show the last two runs side by side.")
    static let summary = Localized(en: "Show the last two experiment runs side by side", ko: "마지막 두 실행을 나란히 비교합니다")

    mutating func run(in session: Session) throws {
        guard session.reports.count == 2 else {
            throw LabError.usage(
                session.text(
                    en: "compare needs two runs; \(session.reports.count) so far",
                    ko: "compare에는 실행 두 번이 필요합니다 (지금까지 \(session.reports.count)번)"),
                hint: session.text(
                    en: "run an experiment twice with different parameters",
                    ko: "매개변수를 바꿔 실험을 두 번 실행하세요"))
        }
        let before = session.reports[0]
        let after = session.reports[1]
        let changes = MetricChange.all(from: before, to: after)
        for line in RunLines.lines(before, after, style: session.renderStyle) { session.console.print(line) }
        let rows = changes.map { change -> [String] in
            [change.name, change.value(change.before), change.value(change.after), change.text]
        }
        session.showTable(
            headers: [session.text(en: "metric", ko: "지표"), "A", "B", session.text(en: "change", ko: "변화")],
            rows: rows)
        if changes.contains(where: { $0.text == "≈" }) {
            session.printWrapped(
                session.text(
                    en: "≈: the two 95% intervals overlap, so no difference is shown.",
                    ko: "≈: 두 95% 구간이 겹쳐서 차이가 있다고 할 수 없습니다."))
        }
        session.console.print()
        for line in MetricChange.reading(changes, in: session.language, width: session.console.width) {
            session.console.print(line)
        }
    }
}

/// The `A:` and `B:` lines of `compare`: each run's parameters, wrapped between words, with the
/// parameters that differ highlighted (and named on a line of their own without colour).
enum RunLines {
    static func lines(_ before: Report, _ after: Report, style: RenderStyle) -> [String] {
        let a = before.parameters.commandLineText.split(separator: " ").map(String.init)
        let b = after.parameters.commandLineText.split(separator: " ").map(String.init)
        func line(_ label: String, _ experiment: String, _ tokens: [String], _ other: [String]) -> [String] {
            let marked = tokens.map { other.contains($0) ? $0 : style.styler.color(style.styler.bold($0), .yellow) }
            let lines = TextLayout.flow([label + " " + experiment] + marked, width: style.width, separator: " ")
            return lines.enumerated().map { $0.offset == 0 ? $0.element : "   " + $0.element }
        }
        return line("A:", before.experiment, a, b) + line("B:", after.experiment, b, a)
    }
}
