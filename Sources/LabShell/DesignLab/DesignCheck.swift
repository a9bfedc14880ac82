import Design
import Experiments
import Foundation
import LabText
import Lessons
import MiniCluster
import Terminal

/// `design check CHALLENGE DESIGN`: runs the design as the challenge asks and checks each requirement.
struct DesignCheck {
    /// One requirement: what was asked, on which run, the value measured and whether it held.
    struct Row {
        var run: String
        var requirement: String
        var measured: String
        var met: Bool
        /// What to change when it is not met (from the challenge's `hint` lines).
        var hint: Localized?
    }

    let challenge: Challenge
    let design: Design

    /// Every requirement checked, in the challenge's order.
    func rows(session: Session) throws -> [Row] {
        var options = try DesignRunOptions(
            ["load=\(challenge.load)", "requests=\(challenge.requests)"], seed: session.seed,
            language: session.language)
        var rows: [Row] = []
        let base = try DesignReport.make(
            DesignRunner.run(design, settings: options.settings), language: session.language)
        var plain = challenge.requirements
        if let budget = challenge.budget { plain.append("cost_month <= \(formatParameterNumber(budget))") }
        rows += try plain.map { try check($0, on: base, run: session.text(en: "steady", ko: "평상시")) }
        for scenario in challenge.scenarios {
            options.settings.scenario = scenario
            let report = try DesignReport.make(
                DesignRunner.run(design, settings: options.settings), language: session.language)
            rows += try challenge.survive.map { try check($0, on: report, run: scenario.text) }
        }
        return rows
    }

    private func check(_ text: String, on report: Report, run: String) throws -> Row {
        let expectation = try Expectation.parse(text.split(separator: " ").map(String.init))
        guard let metric = report.metric(expectation.metric) else {
            return Row(
                run: run, requirement: expectation.text, measured: "-", met: false, hint: challenge.hint(for: text))
        }
        return Row(
            run: run, requirement: expectation.text, measured: MetricText.format(metric.value),
            met: expectation.holds(for: metric.value), hint: challenge.hint(for: text))
    }

    /// The rows as a table, the score, and the exit status (1 when a requirement is not met).
    static func show(_ rows: [Row], challenge: Challenge, design: Design, session: Session) throws {
        let met = rows.filter(\.met).count
        session.console.print(session.styler.bold(challenge.title.text(session.language)) + " — " + design.file)
        session.showTable(
            headers: session.language == .ko ? ["실행", "요구", "측정값", "결과"] : ["run", "requirement", "measured", "result"],
            rows: rows.map {
                [
                    $0.run, $0.requirement, $0.measured,
                    $0.met ? session.text(en: "met", ko: "충족") : session.text(en: "NOT MET", ko: "미충족")
                ]
            })
        let score = rows.isEmpty ? 0 : Double(met) / Double(rows.count) * 100
        session.printWrapped(
            session.text(
                en: "score: \(met)/\(rows.count) requirements met (\(MetricText.format(score))%)",
                ko: "점수: 요구 \(rows.count)개 중 \(met)개 충족 (\(MetricText.format(score))%)"))
        for row in rows where !row.met {
            guard let hint = row.hint else { continue }
            let line = "• \(row.requirement): " + UntrustedText.oneLine(hint.text(session.language), limit: 500)
            session.console.print(TextLayout.wrap(line, to: session.console.width - 2).joined(separator: "\n  "))
        }
        guard met == rows.count else {
            throw LabError(
                session.text(
                    en: "\(design.file) does not meet \(challenge.file)",
                    ko: "\(design.file)은(는) \(challenge.file)을(를) 충족하지 못합니다"))
        }
    }
}
