import Foundation

/// Turns `key=value` words into checked parameter values.
package enum ParameterParser {
    /// Parses `assignments` against `specs`, starting from the defaults.
    ///
    ///     try ParameterParser.parse(["rate=3200"], specs: load.parameters, experiment: "load")
    ///
    /// - Throws: `ParameterError` naming the parameter, the value and what is allowed.
    package static func parse(
        _ assignments: [String], specs: [ParameterSpec],
        experiment: String
    ) throws(ParameterError) -> ParameterValues {
        var values = ParameterValues(defaultsOf: specs)
        var seen: [String] = []
        for assignment in assignments {
            let (name, text) = try split(assignment)
            guard let spec = specs.first(where: { $0.name == name }) else {
                throw .unknown(name: name, experiment: experiment, known: specs.map(\.name))
            }
            guard !seen.contains(name) else { throw .duplicate(name: name) }
            seen.append(name)
            values.set(name, try value(of: text, for: spec))
        }
        return values
    }

    /// Splits `key=value`; the key is lower-cased, the value trimmed.
    package static func split(_ assignment: String) throws(ParameterError) -> (name: String, value: String) {
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
            throw .malformed(text: assignment)
        }
        let name = assignment[..<equals].lowercased()
        let value = assignment[assignment.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        return (name, value)
    }

    /// Checks one value against its spec.
    package static func value(of text: String, for spec: ParameterSpec) throws(ParameterError) -> ParameterValue {
        let wrongType = ParameterError.wrongType(
            name: spec.name, value: text, allowed: spec.allowedText, unit: spec.unit)
        let outOfRange = ParameterError.outOfRange(
            name: spec.name, value: text, allowed: spec.allowedText, unit: spec.unit)
        switch spec.domain {
        case .integer(let range):
            guard let number = parseInteger(text) else { throw wrongType }
            guard range.contains(number) else { throw outOfRange }
            return .integer(number)
        case .real(let range):
            guard let number = Double(text.replacingOccurrences(of: "_", with: "")), number.isFinite else {
                throw wrongType
            }
            guard range.contains(number) else { throw outOfRange }
            return .real(number)
        case .choice(let options):
            let lowered = text.lowercased()
            guard options.contains(lowered) else { throw outOfRange }
            return .choice(lowered)
        case .flag:
            switch text.lowercased() {
            case "true", "yes", "on", "1": return .flag(true)
            case "false", "no", "off", "0": return .flag(false)
            default: throw wrongType
            }
        case .text(let alphabet, let maxLength):
            let word = String(
                text.map { letter in alphabet.first { $0.lowercased() == letter.lowercased() } ?? letter })
            guard word.allSatisfy(alphabet.contains) else { throw wrongType }
            guard word.count <= maxLength else { throw outOfRange }
            return .choice(word)
        }
    }

    /// Integers may use `_` as a separator and `k`/`m` suffixes (`10k` = 10000).
    static func parseInteger(_ text: String) -> Int? {
        var digits = text.replacingOccurrences(of: "_", with: "").lowercased()
        var scale = 1
        if digits.hasSuffix("k") {
            scale = 1_000
            digits.removeLast()
        } else if digits.hasSuffix("m") {
            scale = 1_000_000
            digits.removeLast()
        }
        guard let number = Int(digits) else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: scale)
        return overflow ? nil : product
    }
}
