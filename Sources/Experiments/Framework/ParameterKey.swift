/// The typed name of one parameter: it carries the parameter's spec and reads its value as `Value`.
///
/// An experiment declares each key once and reads `values[Key.rate]`, so a wrong name or a wrong
/// type is a compile error; the spec's `name` stays what learners type and completion offers.
package struct ParameterKey<Value: ParameterType>: Sendable {
    package let spec: ParameterSpec

    /// The name learners type, for example `rate`.
    package var name: String { spec.name }
}

extension ParameterKey where Value == Int {
    /// A whole-number parameter within `range`.
    package init(
        _ name: String, _ range: ClosedRange<Int>, default defaultValue: Int, unit: String = "",
        _ summary: Localized
    ) {
        spec = ParameterSpec(name, .integer(range), default: .integer(defaultValue), unit: unit, summary)
    }
}

extension ParameterKey where Value == Double {
    /// A real-number parameter within `range`.
    package init(
        _ name: String, _ range: ClosedRange<Double>, default defaultValue: Double, unit: String = "",
        _ summary: Localized
    ) {
        spec = ParameterSpec(name, .real(range), default: .real(defaultValue), unit: unit, summary)
    }
}

extension ParameterKey where Value == String {
    /// A parameter that takes one of `choices`.
    package init(
        _ name: String, choices: [String], default defaultValue: String, unit: String = "",
        _ summary: Localized
    ) {
        spec = ParameterSpec(name, .choice(choices), default: .choice(defaultValue), unit: unit, summary)
    }

    /// A word of up to `maxLength` letters drawn from `alphabet`.
    package init(
        _ name: String, text alphabet: String, maxLength: Int, default defaultValue: String,
        unit: String = "", _ summary: Localized
    ) {
        spec = ParameterSpec(
            name, .text(alphabet: alphabet, maxLength: maxLength), default: .choice(defaultValue),
            unit: unit, summary)
    }
}

extension ParameterKey where Value == Bool {
    /// A `true|false` parameter.
    package init(_ name: String, default defaultValue: Bool, unit: String = "", _ summary: Localized) {
        spec = ParameterSpec(name, .flag, default: .flag(defaultValue), unit: unit, summary)
    }
}

/// A Swift type a parameter value reads as: `Int`, `Double`, `String` (a choice or word) or `Bool`.
package protocol ParameterType: Sendable {
    /// The value as this type; nil when the value is of another kind.
    init?(parameter value: ParameterValue)
    /// This value as a parameter value.
    var parameterValue: ParameterValue { get }
}

extension Int: ParameterType {
    package var parameterValue: ParameterValue { .integer(self) }

    package init?(parameter value: ParameterValue) {
        guard case .integer(let number) = value else { return nil }
        self = number
    }
}

extension Double: ParameterType {
    package var parameterValue: ParameterValue { .real(self) }

    package init?(parameter value: ParameterValue) {
        switch value {
        case .real(let number): self = number
        case .integer(let number): self = Double(number)
        default: return nil
        }
    }
}

extension String: ParameterType {
    package var parameterValue: ParameterValue { .choice(self) }

    package init?(parameter value: ParameterValue) {
        guard case .choice(let word) = value else { return nil }
        self = word
    }
}

extension Bool: ParameterType {
    package var parameterValue: ParameterValue { .flag(self) }

    package init?(parameter value: ParameterValue) {
        guard case .flag(let flag) = value else { return nil }
        self = flag
    }
}
