// NB: re-exported so every user of the experiments keeps `Language` and `Localized` in scope.
@_exported import LabText
import MiniCluster

/// A live experiment: documented parameters in, a `Report` out.
///
/// Adding one is a folder whose experiment conforms to this protocol and one line in `ExperimentCatalog`.
/// It declares its parameters once as `ParameterKey`s and reads them with `values[Key.name]`.
package protocol Experiment: Sendable {
    /// Short stable id, for example `load`; used by `run`, lessons and `--json`.
    var id: String { get }
    /// One line saying what the experiment shows.
    var summary: Localized { get }
    /// The lesson section the experiment illustrates, for example `2.1`.
    var section: String { get }
    var parameters: [ParameterSpec] { get }
    /// The metrics a sweep plots by default: `x` (a parameter or a metric) against `y`.
    var sweepPlot: SweepPlot { get }
    /// The range a `sweep=PARAM` without bounds covers, given the other values; nil for the generic one.
    func sweepRange(for parameter: String, base: ParameterValues) -> ClosedRange<Double>?
    /// The parameter that sets how long a run is (requests, seconds, years); `precision=` grows it.
    var sizeParameter: String? { get }
    /// What the model assumes (independent failures, instantaneous operations ...), shown by `params`.
    var assumptions: Localized { get }
    /// The metric whose interval `precision=` narrows; by default the first metric a sweep plots.
    var headline: String { get }
    /// Measures once: the metrics, tables, charts and findings; `run` stamps id, section, values and seed.
    /// Same values and seed give the same report, byte for byte.
    func measure(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report
}

/// What a sweep draws: `x` is a parameter name or a metric name; `y` are metric names.
package struct SweepPlot: Sendable, Hashable {
    package var x: String
    package var y: [String]
    package init(x: String, y: [String]) {
        self.x = x
        self.y = y
    }
}

extension Experiment {
    package func sweepRange(for parameter: String, base: ParameterValues) -> ClosedRange<Double>? { nil }
    package var sizeParameter: String? { nil }
    package var assumptions: Localized { Localized(verbatim: "") }
    package var headline: String { sweepPlot.y.first ?? "" }

    /// Runs once: the experiment's measurement, stamped with its id, section, values and seed.
    package func run(_ values: ParameterValues, seed: UInt64, control: RunControl) throws -> Report {
        var report = try measure(values, seed: seed, control: control)
        report.experiment = id
        report.section = section
        report.parameters = values
        report.seed = seed
        return report
    }

    package func parameter(_ name: String) -> ParameterSpec? {
        parameters.first { $0.name == name }
    }
}
