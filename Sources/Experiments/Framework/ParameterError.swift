import LabText

/// A learner's `key=value` that an experiment cannot take.
package enum ParameterError: Error, Equatable, Sendable {
    /// The text has no `=`, or nothing before it.
    case malformed(text: String)
    /// No parameter of that name; `known` lists the ones that exist (for "did you mean").
    case unknown(name: String, experiment: String, known: [String])
    /// The value is not of the parameter's type.
    case wrongType(name: String, value: String, allowed: Localized, unit: String)
    /// The value is of the right type but outside the allowed range or set.
    case outOfRange(name: String, value: String, allowed: Localized, unit: String)
    /// The same parameter was given twice.
    case duplicate(name: String)
}
