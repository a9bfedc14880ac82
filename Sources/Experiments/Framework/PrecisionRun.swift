import MiniCluster

/// `precision=2%`: runs an experiment, doubling its size parameter until the headline metric's
/// 95% half-width is at most that share of its value, the parameter reaches its maximum, or the
/// event budget stops the run from growing (the report's interval then shows what was reached).
///
/// Each attempt is a whole run with the same seed, so the report is one genuine run whose
/// findings match its numbers; the total cost is below twice the final run's.
package enum PrecisionRun {
    /// The relative half-width `text` asks for: `2%` or `0.02`, from 0.1% to 50%.
    package static func parse(_ text: String) throws(PrecisionError) -> Double {
        let body = text.lowercased().hasPrefix("precision=") ? String(text.dropFirst(10)) : text
        let percent = body.hasSuffix("%")
        guard let number = Double(percent ? String(body.dropLast()) : body), number.isFinite else {
            throw .malformed(text)
        }
        let share = percent ? number / 100 : number
        guard (0.001...0.5).contains(share) else { throw .malformed(text) }
        return share
    }

    /// Runs `experiment` until its headline interval is narrow enough.
    package static func run(
        _ experiment: any Experiment, target: Double, values: ParameterValues, seed: UInt64,
        control: RunControl
    ) throws -> Report {
        guard let size = experiment.sizeParameter, let spec = experiment.parameter(size),
            let domain = spec.numericDomain
        else {
            throw PrecisionError.unsupported(experiment.id)
        }
        var values = values
        var previousEvents: Double?
        while true {
            let report = try experiment.run(values, seed: seed, control: control)
            guard let headline = report.metric(experiment.headline), headline.halfWidth != nil,
                let current = values[size].flatMap(Double.init(parameter:))
            else {
                throw PrecisionError.unsupported(experiment.id)
            }
            let events = report.metric("events")?.value
            // NB: once the event budget caps the run, a longer size parameter simulates nothing more.
            if headline.estimate.relativeHalfWidth <= target || current >= domain.upperBound
                || (events != nil && events == previousEvents)
            {
                return report
            }
            previousEvents = events
            values.set(size, spec.sweepValue(min(domain.upperBound, current * 2)))
        }
    }
}

/// A `precision=` word that cannot be used.
package enum PrecisionError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)
    case unsupported(String)

    package var description: String {
        switch self {
        case .malformed(let text): return "'\(text)' is not a precision; write precision=2% (from 0.1% to 50%)"
        case .unsupported(let id):
            let sized = ExperimentCatalog.all.filter { $0.sizeParameter != nil }.map(\.id).joined(separator: ", ")
            return "\(id) has no run length to grow or no measured headline interval; precision= works with \(sized)"
        }
    }
}
