import LabText
import MiniCluster

/// Runs an experiment once per value of one parameter and charts metrics against it.
package enum Sweep {
    /// What `sweep=PARAM[:FROM..TO[:STEPS]]` asks for.
    package struct Request: Equatable, Sendable {
        package var parameter: String
        package var range: ClosedRange<Double>?
        package var steps: Int
    }

    /// Parses the text of a `sweep=` word.
    package static func parse(_ text: String) throws(SweepError) -> Request {
        let body = text.lowercased().hasPrefix("sweep=") ? String(text.dropFirst(6)) : text
        let parts = body.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard let name = parts.first, !name.isEmpty, parts.count <= 3 else { throw .malformed(text) }
        var request = Request(parameter: name.lowercased(), range: nil, steps: 10)
        if parts.count >= 2 {
            let bounds = parts[1].components(separatedBy: "..")
            guard bounds.count == 2, let low = Double(bounds[0]), let high = Double(bounds[1]), low < high else {
                throw .malformed(text)
            }
            request.range = low...high
        }
        if parts.count == 3 {
            guard let steps = Int(parts[2]), (2...50).contains(steps) else { throw .malformed(text) }
            request.steps = steps
        }
        return request
    }

    /// Runs the sweep described by `text` from `base`.
    package static func run(
        _ experiment: any Experiment, text: String, base: ParameterValues, seed: UInt64,
        control: RunControl
    ) throws -> Report {
        let request = try parse(text)
        guard let spec = experiment.parameter(request.parameter) else {
            throw SweepError.unknownParameter(
                request.parameter, experiment: experiment.id, known: experiment.parameters.map(\.name))
        }
        let range = try self.range(for: spec, request: request, experiment: experiment, base: base)
        let points = stepValues(spec: spec, range: range, steps: request.steps)
        // NB: the steps share one sweep budget (`RunControl.sweep`), so a sweep costs less than one run may.
        let reports = try ParallelRuns.map(points.count, control: control.sweep) { step, stepControl in
            if stepControl.isCancelled() { throw RunCancelled() }
            var values = base
            values.set(spec.name, points[step])
            return try experiment.run(values, seed: seed, control: stepControl)
        }
        return SweepReport(experiment: experiment, parameter: spec, reports: reports, base: base, seed: seed).report
    }

    /// `steps` evenly spaced values over `range`; an integer parameter never repeats a value,
    /// so a narrow integer range gets fewer steps.
    static func stepValues(spec: ParameterSpec, range: ClosedRange<Double>, steps: Int) -> [ParameterValue] {
        var values: [ParameterValue] = []
        for step in 0..<steps {
            let value = spec.sweepValue(
                range.lowerBound + (range.upperBound - range.lowerBound) * Double(step) / Double(steps - 1))
            if values.last != value { values.append(value) }
        }
        return values
    }

    private static func range(
        for spec: ParameterSpec, request: Request, experiment: any Experiment,
        base: ParameterValues
    ) throws(SweepError) -> ClosedRange<Double> {
        guard let domain = spec.numericDomain else { throw .notNumeric(spec.name) }
        let range = request.range ?? experiment.sweepRange(for: spec.name, base: base) ?? spec.defaultSweepRange
        guard domain.contains(range.lowerBound), domain.contains(range.upperBound) else {
            throw .outOfRange(spec.name, allowed: spec.allowedText)
        }
        return range
    }
}

/// A `sweep=` word that cannot be used.
package enum SweepError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)
    case unknownParameter(String, experiment: String, known: [String])
    case notNumeric(String)
    case outOfRange(String, allowed: Localized)

    package var description: String {
        switch self {
        case .malformed(let text):
            return
                "'\(text)' is not a sweep; write sweep=PARAM, sweep=PARAM:FROM..TO or sweep=PARAM:FROM..TO:STEPS (2 to 50 steps)"
        case .unknownParameter(let name, let experiment, let known):
            return "cannot sweep '\(name)': \(experiment) has " + known.joined(separator: ", ")
        case .notNumeric(let name): return "cannot sweep '\(name)': it is not a number"
        case .outOfRange(let name, let allowed): return "sweep of \(name) leaves its range \(allowed.en)"
        }
    }
}

extension ParameterSpec {
    var numericDomain: ClosedRange<Double>? {
        switch domain {
        case .integer(let range): return Double(range.lowerBound)...Double(range.upperBound)
        case .real(let range): return range
        case .choice, .flag, .text: return nil
        }
    }

    /// From a quarter of the default to twice it, inside the domain.
    var defaultSweepRange: ClosedRange<Double> {
        guard let domain = numericDomain else { return 0...1 }
        let center: Double
        switch defaultValue {
        case .integer(let value): center = Double(value)
        case .real(let value): center = value
        default: center = domain.lowerBound
        }
        let low = max(domain.lowerBound, center / 4)
        let high = min(domain.upperBound, max(center * 2, low + 1))
        return low...high
    }

    func sweepValue(_ value: Double) -> ParameterValue {
        if case .integer = domain { return .integer(Int(value.rounded())) }
        return .real(value)
    }
}

extension Experiment {
    /// The parameter `run ID sweep=…` walks by default in the bench and the tests: the sweep
    /// chart's x axis when that is a parameter (load charts utilisation, which `rate` moves).
    package var defaultSweepParameter: String {
        parameter(sweepPlot.x) != nil ? sweepPlot.x : "rate"
    }
}
