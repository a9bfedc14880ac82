import Experiments

extension LabError {
    /// The learner-facing form of a parameter mistake, naming the parameter, value and range.
    init(_ error: ParameterError) {
        switch error {
        case .malformed(let text):
            self = .usage("'\(text)' is not a parameter assignment", hint: "write name=value, e.g. rate=3200")
        case .unknown(let name, let experiment, let known):
            self = .usage(
                "unknown parameter '\(name)' for \(experiment)",
                hint: Suggestion.hint(for: name, in: known) ?? "parameters: " + known.joined(separator: ", "))
        case .wrongType(let name, let value, let allowed, let unit):
            self = .usage(
                "\(name)=\(value): not a valid value", hint: "\(name) takes \(allowed)\(unit.isEmpty ? "" : " \(unit)")"
            )
        case .outOfRange(let name, let value, let allowed, let unit):
            self = .usage(
                "\(name)=\(value) is out of range", hint: "\(name) takes \(allowed)\(unit.isEmpty ? "" : " \(unit)")")
        case .duplicate(let name):
            self = .usage("\(name) is given twice", hint: "keep one \(name)=…")
        }
    }
}
