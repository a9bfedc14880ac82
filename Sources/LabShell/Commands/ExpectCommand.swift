import ArgumentParser
import Experiments
import LabText

/// `expect METRIC OP VALUE [TOL]`: fails the script when the last run's metric breaks a claim.
struct ExpectCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "expect", abstract: "Check a metric of the last run, e.g. expect p99_ms < 100.")
    static let summary = Localized(
        en: "Check a metric of the last run: expect p99_ms < 100, expect utilization ~= 0.8 5%",
        ko: "마지막 실행의 지표를 확인합니다: expect p99_ms < 100, expect utilization ~= 0.8 5%")
    static let completion = ArgumentCompletion.metrics

    @Argument(parsing: .allUnrecognized, help: "METRIC OP VALUE [TOLERANCE]; OP is < <= > >= == ~=.") var words:
        [String] = []

    mutating func run(in session: Session) throws {
        let expectation = try Expectation.parse(words, language: session.language)
        guard let report = session.reports.last else {
            throw LabError.usage(
                session.text(en: "expect: no experiment has run yet", ko: "expect: 아직 실행한 실험이 없습니다"),
                hint: session.text(en: "run one first, e.g. 'run load'", ko: "먼저 실험을 실행하세요 (예: 'run load')"))
        }
        guard let metric = report.metric(expectation.metric) else {
            let names = report.metrics.map(\.name)
            throw LabError.usage(
                session.text(
                    en: "expect: '\(report.experiment)' has no metric '\(expectation.metric)'",
                    ko: "expect: '\(report.experiment)'에는 '\(expectation.metric)' 지표가 없습니다"),
                hint: Suggestion.hint(for: expectation.metric, in: names, language: session.language)
                    ?? session.text(en: "metrics: ", ko: "지표: ") + names.joined(separator: ", "))
        }
        let seen = MetricText.format(metric.value) + (metric.unit.isEmpty ? "" : " \(metric.unit)")
        guard expectation.holds(for: metric.value) else {
            throw LabError(
                session.text(
                    en: "expect \(expectation.text) failed: \(metric.name) is \(seen)",
                    ko: "expect \(expectation.text) 실패: \(metric.name) = \(seen)"))
        }
        if session.mode == .interactive || session.echoesExpectations {
            session.console.print("✓ \(expectation.text) (\(seen))")
        }
    }
}
