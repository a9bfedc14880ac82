import Testing
@testable import Experiments

/// What every experiment's test suite needs: run with `key=value` words, read a metric.
protocol ExperimentSuite {
    var experiment: any Experiment { get }
}

extension ExperimentSuite {
    /// Runs the experiment with `assignments` over its defaults.
    func run(_ assignments: [String], seed: UInt64 = 1) throws -> Report {
        try experiment.run(try ParameterParser.parse(assignments, specs: experiment.parameters, experiment: experiment.id),
                           seed: seed, control: .unattended)
    }

    /// The value of metric `name`, recording an issue when the report lacks it.
    func metric(_ report: Report, _ name: String) throws -> Double {
        try #require(report.metric(name), "missing \(name)").value
    }
}
