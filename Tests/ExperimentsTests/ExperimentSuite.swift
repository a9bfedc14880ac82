import Testing

@testable import Experiments

/// What every experiment's test suite needs: run with `key=value` words, read a metric.
protocol ExperimentSuite {
    var experiment: any Experiment { get }
    /// The seed `run` uses unless told otherwise.
    var defaultSeed: UInt64 { get }
}

extension ExperimentSuite {
    var defaultSeed: UInt64 { 1 }

    /// Runs the experiment with `assignments` over its defaults.
    func run(_ assignments: [String] = [], seed: UInt64? = nil) throws -> Report {
        try experiment.run(
            try ParameterParser.parse(assignments, specs: experiment.parameters, experiment: experiment.id),
            seed: seed ?? defaultSeed, control: .unattended)
    }

    /// The value of metric `name`, recording an issue when the report lacks it.
    func metric(_ report: Report, _ name: String) throws -> Double {
        try #require(report.metric(name), "missing \(name)").value
    }
}
