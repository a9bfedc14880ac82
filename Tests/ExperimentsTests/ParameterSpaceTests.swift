import Foundation
import Testing

@testable import Experiments
@testable import MiniCluster

/// Walks the parameter space of every experiment: each parameter at its minimum, maximum and
/// default, then seeded random combinations; every run must finish inside an event budget with
/// finite metrics and findings whose conditions hold in the metrics they were said over.
@Suite struct ParameterSpaceTests {
    static let randomCombinations = 5
    /// The event budget every run gets; a run may overshoot it by a factor of `slack`.
    static let eventBudget = 20_000
    static let slack = 3
    /// Engine polls allowed per run (one every 4096 events).
    static var pollBudget: Int { eventBudget * slack / 4096 + 1 }

    @Test(
        "Every parameter at its min, max and default and seeded random combinations run with true findings",
        arguments: ExperimentCatalog.ids)
    func walk(id: String) throws {
        let experiment = try #require(ExperimentCatalog.experiment(id))
        for (label, values) in Self.cases(experiment) {
            try check(experiment, values: values, label: label)
        }
    }

    /// Defaults with the run length pinned to its minimum, then each parameter's edges and defaults,
    /// then random combinations from seeds 1...N.
    static func cases(_ experiment: any Experiment) -> [(String, ParameterValues)] {
        var base = ParameterValues(defaultsOf: experiment.parameters)
        let size = experiment.sizeParameter
        if let size, let spec = experiment.parameter(size) { base.set(size, edges(spec)[0]) }
        var cases: [(String, ParameterValues)] = []
        for spec in experiment.parameters {
            for value in spec.name == size ? [edges(spec)[0]] : edges(spec) + [spec.defaultValue] {
                var values = base
                values.set(spec.name, value)
                cases.append(("\(spec.name)=\(value)", values))
            }
        }
        for seed in 1...UInt64(randomCombinations) {
            var random = RandomSource(seed: seed)
            var values = base
            for spec in experiment.parameters where spec.name != size {
                values.set(spec.name, randomValue(spec, random: &random))
            }
            cases.append(("random seed \(seed)", values))
        }
        return cases
    }

    static func edges(_ spec: ParameterSpec) -> [ParameterValue] {
        switch spec.domain {
        case .integer(let range): return [.integer(range.lowerBound), .integer(range.upperBound)]
        case .real(let range): return [.real(range.lowerBound), .real(range.upperBound)]
        case .choice(let options): return options.map(ParameterValue.choice)
        case .flag: return [.flag(false), .flag(true)]
        case .text: return [.choice(""), spec.defaultValue]
        }
    }

    /// Log-uniform over wide positive ranges, so small values are explored as often as large ones.
    static func randomValue(_ spec: ParameterSpec, random: inout RandomSource) -> ParameterValue {
        func draw(_ low: Double, _ high: Double) -> Double {
            let u = random.unit()
            guard low > 0, high / low > 100 else { return low + (high - low) * u }
            return min(high, max(low, low * pow(high / low, u)))
        }
        switch spec.domain {
        case .integer(let range):
            return .integer(Int(draw(Double(range.lowerBound), Double(range.upperBound)).rounded()))
        case .real(let range): return .real(draw(range.lowerBound, range.upperBound))
        case .choice(let options):
            return .choice(options[min(options.count - 1, Int(random.unit() * Double(options.count)))])
        case .flag: return .flag(random.unit() < 0.5)
        case .text: return spec.defaultValue
        }
    }

    private func check(_ experiment: any Experiment, values: ParameterValues, label: String) throws {
        let where_ = "\(experiment.id) \(label): run \(experiment.id) \(values.commandLineText) seed=1"
        let polls = PollCounter(limit: Self.pollBudget)
        let report: Report
        do {
            report = try experiment.run(
                values, seed: 1, control: RunControl(isCancelled: { polls.tick() }, eventBudget: Self.eventBudget))
        } catch is RunCancelled {
            let message = "more than \(Self.pollBudget * 4096) events on a budget of \(Self.eventBudget): \(where_)"
            Issue.record(Comment(rawValue: message))
            return
        }
        if let events = report.metric("events")?.value {
            #expect(
                events <= Double(Self.eventBudget * Self.slack),
                "\(Int(events)) events on a budget of \(Self.eventBudget): \(where_)")
        }
        for metric in report.metrics {
            #expect(
                metric.value.isFinite && (metric.halfWidth ?? 0).isFinite, "metric \(metric.name) not finite: \(where_)"
            )
        }
        let known = FindingList.values(of: report.metrics)
        for finding in report.findings {
            #expect(finding.condition.holds(in: known), "finding \(finding.id) said but its condition fails: \(where_)")
            for name in finding.quotes {
                #expect(known[name] != nil, "finding \(finding.id) quotes missing \(name): \(where_)")
            }
        }
        let unchecked = report.findings.filter { $0.id.contains(".unchecked.") }.map(\.id)
        #expect(unchecked.isEmpty, "unchecked findings \(unchecked): \(where_)")

    }
}

/// Counts the engine's cancellation polls and cancels once `limit` is passed.
final class PollCounter: @unchecked Sendable {
    private var count = 0
    private let limit: Int
    init(limit: Int) { self.limit = limit }
    func tick() -> Bool {
        count += 1
        return count > limit
    }
}
