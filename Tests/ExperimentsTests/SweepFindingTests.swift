import Testing

@testable import Experiments
@testable import MiniCluster

/// A sweep's rise or fall finding must agree with the two numbers it quotes: never "rose from
/// 1.14 to 1.14", never "fell" over a rise.
@Suite struct SweepFindingTests {
    static let seededCombinations: ClosedRange<UInt64> = 1...3
    static let seededBudget = 20_000

    @Test(
        "Every experiment's default sweep words its change in the direction of its numbers",
        arguments: ExperimentCatalog.ids)
    func defaultSweep(id: String) throws {
        let experiment = try #require(ExperimentCatalog.experiment(id))
        let report = try Sweep.run(
            experiment, text: "sweep=\(experiment.defaultSweepParameter)",
            base: ParameterValues(defaultsOf: experiment.parameters), seed: 1, control: .unattended)
        check(report, label: "run \(id) sweep=\(experiment.defaultSweepParameter)")
    }

    @Test("Seeded random sweeps word their change in the direction of their numbers", arguments: ExperimentCatalog.ids)
    func seededSweeps(id: String) throws {
        let experiment = try #require(ExperimentCatalog.experiment(id))
        let random = ParameterSpaceTests.cases(experiment).filter { $0.0.hasPrefix("random seed") }
        for (label, values) in random.prefix(Self.seededCombinations.count) {
            let report = try Sweep.run(
                experiment, text: "sweep=\(experiment.defaultSweepParameter)", base: values, seed: 1,
                control: RunControl(eventBudget: Self.seededBudget))
            check(report, label: "\(id) \(label): run \(id) \(values.commandLineText) sweep=…")
        }
    }

    @Test("A metric without an interval that moves by less than 1% is said to stay, not to rise")
    func steadyWithoutInterval() throws {
        let experiment = try #require(ExperimentCatalog.experiment("sharding"))
        let report = try Sweep.run(
            experiment, text: "sweep=\(experiment.defaultSweepParameter)",
            base: ParameterValues(defaultsOf: experiment.parameters), seed: 1, control: .unattended)
        let finding = try #require(report.findings.first { $0.id.hasPrefix("sweep.") })
        let (from, to) = try #require(Self.quoted(report))
        try #require(report.metric("sweep_to")?.halfWidth == nil && abs(to / from - 1) < SweepReport.minimumChange)
        #expect(finding.id == "sweep.steady" && finding.text.en.contains("less than 1%"))
        #expect(!finding.text.en.contains("rose from \(MetricText.format(from)) to \(MetricText.format(from))"))
    }

    /// The first and last steps' values the sweep's findings quote.
    static func quoted(_ report: Report) -> (Double, Double)? {
        guard let from = report.metric("sweep_from")?.value, let to = report.metric("sweep_to")?.value else {
            return nil
        }
        return (from, to)
    }

    private func check(_ report: Report, label: String) {
        let known = FindingList.values(of: report.metrics)
        for finding in report.findings where finding.id.hasPrefix("sweep.") {
            #expect(finding.condition.holds(in: known), "\(finding.id) said but its condition fails: \(label)")
            guard ["sweep.grew", "sweep.rose", "sweep.fell"].contains(finding.id),
                let (from, to) = Self.quoted(report)
            else { continue }
            let printed = (MetricText.format(from), MetricText.format(to))
            #expect(printed.0 != printed.1, "\(finding.id) quotes \(printed.0) twice: \(label)")
            #expect(finding.text.en.contains(printed.0) && finding.text.en.contains(printed.1), "\(label)")
            #expect(finding.id == "sweep.fell" ? to < from : to > from, "\(finding.id) over \(printed): \(label)")
        }
    }
}
