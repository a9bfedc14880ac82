import MiniCluster

/// What one experiment run produced: numbers, tables, charts, timelines and findings.
///
/// A report holds data only; `LabShell` renders it for the terminal and as JSON.
package struct Report: Sendable {
    package var experiment: String
    package var seed: UInt64
    package var parameters: ParameterValues
    /// Named numbers with stable names, used by `expect`, lessons and `--json`.
    package var metrics: [Metric]
    package var tables: [ReportTable]
    package var charts: [Chart]
    package var timelines: [Timeline]
    /// Sentences computed from the numbers of this run, each with the condition it was said under.
    package var findings: [Finding]
    /// The lesson section the experiment illustrates, for example `2.1`.
    package var section: String
    /// A Mermaid diagram to draw with the report, with one node highlighted (for example the breaker's state).
    package var diagram: (source: Localized, highlight: String?)?

    /// A report; an experiment's `measure` leaves the identity empty and `Experiment.run` stamps it.
    package init(
        experiment: String = "", seed: UInt64 = 0, parameters: ParameterValues = ParameterValues([]),
        section: String = "", metrics: [Metric] = [], tables: [ReportTable] = [], charts: [Chart] = [],
        timelines: [Timeline] = [], findings: [Finding] = []
    ) {
        self.experiment = experiment
        self.seed = seed
        self.parameters = parameters
        self.section = section
        self.metrics = metrics
        self.tables = tables
        self.charts = charts
        self.timelines = timelines
        self.findings = findings
    }

    /// The metric of that name, if the run produced it.
    package func metric(_ name: String) -> Metric? {
        metrics.first { $0.name == name }
    }
}

/// One named number of a report, with its 95% interval when it is a stochastic estimate.
package struct Metric: Sendable, Hashable {
    package var name: String
    package var value: Double
    package var unit: String
    package var label: Localized
    /// The 95% confidence interval's half-width; nil for exact or analytic numbers.
    package var halfWidth: Double?

    package init(_ name: String, _ value: Double, unit: String = "", _ label: Localized) {
        precondition(value.isFinite, "metric '\(name)' is not finite: \(value)")
        self.name = name
        self.value = value
        self.unit = unit
        self.label = label
    }

    /// A measured metric: the estimate's mean with its interval.
    package init(_ name: String, _ estimate: Estimate, unit: String = "", _ label: Localized) {
        self.init(name, estimate.mean, unit: unit, label)
        halfWidth = estimate.halfWidth
    }

    /// The value as an estimate (half-width 0 when the metric has no interval).
    package var estimate: Estimate { Estimate(mean: value, halfWidth: halfWidth ?? 0) }
}

/// A table of a report; cells are already formatted.
package struct ReportTable: Sendable, Hashable {
    package var title: Localized
    package var columns: [Localized]
    package var rows: [[Localized]]

    package init(title: Localized, columns: [Localized], rows: [[Localized]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }
}

/// A chart of a report.
package enum Chart: Sendable, Hashable {
    case line(LineChart)
    case bars(BarChart)
}

/// Points `(x, y)` with a name, drawn as one line; or a band, an interval drawn as a shaded area.
package struct Series: Sendable, Hashable {
    package var name: String
    /// The legend as the learner reads it, in both languages; nil shows `name`.
    package var label: Localized?
    package var points: [Point]
    /// For a band: the upper edge at each point (`points` are then the lower edge); nil for a line.
    package var upper: [Double]?

    package struct Point: Sendable, Hashable {
        package var x: Double
        package var y: Double
        package init(_ x: Double, _ y: Double) {
            self.x = x
            self.y = y
        }
    }

    package init(_ name: String, label: Localized? = nil, points: [Point]) {
        self.name = name
        self.label = label
        self.points = points
    }

    /// A series whose legend is `label` in the reader's language and whose name is its English.
    package init(_ label: Localized, points: [Point]) {
        self.init(label.en, points: points)
        self.label = label
    }

    /// A band from each point's `lower` to its `upper` value, for example a 95% interval.
    package static func band(
        _ name: String, label: Localized? = nil, points: [(x: Double, lower: Double, upper: Double)]
    ) -> Series {
        var band = Series(name, label: label, points: points.map { Point($0.x, $0.lower) })
        band.upper = points.map(\.upper)
        return band
    }
}

/// One or more series against a shared x axis.
package struct LineChart: Sendable, Hashable {
    package var title: Localized
    package var xLabel: Localized
    package var xUnit: String
    package var yLabel: Localized
    package var yUnit: String
    package var series: [Series]

    package init(title: Localized, x: Localized, xUnit: String, y: Localized, yUnit: String, series: [Series]) {
        self.title = title
        self.xLabel = x
        self.xUnit = xUnit
        self.yLabel = y
        self.yUnit = yUnit
        self.series = series
    }
}

/// Labelled bars, for example load per shard or a latency histogram.
package struct BarChart: Sendable, Hashable {
    package var title: Localized
    package var unit: String
    package var bars: [Bar]

    package struct Bar: Sendable, Hashable {
        package var label: Localized
        package var value: Double
        package init(_ label: Localized, _ value: Double) {
            self.label = label
            self.value = value
        }
    }

    package init(title: Localized, unit: String, bars: [Bar]) {
        self.title = title
        self.unit = unit
        self.bars = bars
    }
}

/// Which state one component was in over virtual time, drawn as a band.
package struct Timeline: Sendable, Hashable {
    package var title: Localized
    /// Names of the states, indexed by `Segment.state`.
    package var states: [Localized]
    package var segments: [Segment]
    /// The unit of `start`/`end`, for example `s` or `ms`.
    package var timeUnit: String

    package struct Segment: Sendable, Hashable {
        package var start: Double
        package var end: Double
        package var state: Int
        package init(start: Double, end: Double, state: Int) {
            self.start = start
            self.end = end
            self.state = state
        }
    }

    package init(title: Localized, states: [Localized], segments: [Segment], timeUnit: String) {
        self.title = title
        self.states = states
        self.segments = segments
        self.timeUnit = timeUnit
    }
}
