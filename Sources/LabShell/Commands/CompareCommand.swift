import ArgumentParser
import Experiments

/// `compare`: the last two runs side by side, metric by metric.
struct CompareCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "Show the last two runs side by side.")
    static let summary = Localized(en: "Show the last two experiment runs side by side", ko: "마지막 두 실행을 나란히 비교합니다")

    mutating func run(in session: Session) throws {
        guard session.reports.count == 2 else {
            throw LabError.usage(session.text(en: "compare needs two runs; \(session.reports.count) so far",
                                              ko: "compare에는 실행 두 번이 필요합니다 (지금까지 \(session.reports.count)번)"),
                                 hint: session.text(en: "run an experiment twice with different parameters",
                                                    ko: "매개변수를 바꿔 실험을 두 번 실행하세요"))
        }
        let before = session.reports[0], after = session.reports[1]
        session.console.print("A: \(before.experiment) \(before.parameters.commandLineText)")
        session.console.print("B: \(after.experiment) \(after.parameters.commandLineText)")
        let names = after.metrics.map(\.name) + before.metrics.map(\.name).filter { after.metric($0) == nil }
        let rows = names.map { name -> [String] in
            let a = before.metric(name), b = after.metric(name)
            return [name, a.map(MetricText.format) ?? "—", b.map(MetricText.format) ?? "—",
                    Self.change(from: a, to: b, session: session), (b ?? a)?.unit ?? ""]
        }
        session.showTable(headers: [session.text(en: "metric", ko: "지표"), "A", "B", "B/A", session.text(en: "unit", ko: "단위")],
                          rows: rows)
    }

    /// `×2.5`, `−40%`-style change; `≈` when the two 95% intervals overlap (no difference is
    /// established); empty when it cannot be computed.
    static func change(from before: Metric?, to after: Metric?, session: Session) -> String {
        guard let before, let after else { return "" }
        if before.halfWidth != nil || after.halfWidth != nil, before.estimate.overlaps(after.estimate), before.value != after.value {
            return session.text(en: "≈ (intervals overlap)", ko: "≈ (구간 겹침)")
        }
        return change(from: before.value, to: after.value)
    }

    static func change(from a: Double, to b: Double) -> String {
        guard a != 0 else { return "" }
        let ratio = b / a
        if ratio >= 2 || ratio <= 0.5 { return "×" + MetricText.format(ratio) }
        let percent = (ratio - 1) * 100
        return (percent >= 0 ? "+" : "−") + MetricText.format(abs(percent).rounded()) + "%"
    }
}
