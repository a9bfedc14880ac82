/// The value of one experiment parameter.
package enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
    case integer(Int)
    case real(Double)
    case choice(String)
    case flag(Bool)

    package var description: String {
        switch self {
        case .integer(let value): return String(value)
        case .real(let value): return formatParameterNumber(value)
        case .choice(let value): return value
        case .flag(let value): return value ? "true" : "false"
        }
    }
}

/// A parameter an experiment accepts: its name, the values it allows, its default and unit.
package struct ParameterSpec: Sendable {
    /// The values a parameter allows.
    package enum Domain: Sendable, Hashable {
        case integer(ClosedRange<Int>)
        case real(ClosedRange<Double>)
        case choice([String])
        case flag
        /// A word of up to `maxLength` letters drawn from `alphabet` (case-insensitive), held as a `.choice` value.
        case text(alphabet: String, maxLength: Int)
    }

    package let name: String
    package let domain: Domain
    package let defaultValue: ParameterValue
    /// Unit shown after values, for example `ms` or `req/s`; empty when the value has none.
    package let unit: String
    package let summary: Localized

    package init(
        _ name: String, _ domain: Domain, default defaultValue: ParameterValue,
        unit: String = "", _ summary: Localized
    ) {
        precondition(
            Self.allows(defaultValue, in: domain),
            "default \(defaultValue) of parameter '\(name)' is outside its domain \(domain)")
        self.name = name
        self.domain = domain
        self.defaultValue = defaultValue
        self.unit = unit
        self.summary = summary
    }

    /// The allowed values as a learner reads them, for example `1..64` or `lru|lfu`.
    package var allowedText: Localized {
        switch domain {
        case .integer(let range): return Localized(verbatim: "\(range.lowerBound)..\(range.upperBound)")
        case .real(let range):
            return Localized(
                verbatim: "\(formatParameterNumber(range.lowerBound))..\(formatParameterNumber(range.upperBound))")
        case .choice(let options): return Localized(verbatim: options.joined(separator: "|"))
        case .flag: return Localized(verbatim: "true|false")
        case .text(let alphabet, let maxLength):
            let letters = alphabet.map(String.init).joined(separator: ",")
            return Localized(
                en: "up to \(maxLength) of the letters \(letters)", ko: "글자 \(letters) 중에서 \(maxLength)자까지")
        }
    }

    static func allows(_ value: ParameterValue, in domain: Domain) -> Bool {
        switch (value, domain) {
        case (.integer(let v), .integer(let range)): return range.contains(v)
        case (.real(let v), .real(let range)): return range.contains(v)
        case (.choice(let v), .choice(let options)): return options.contains(v)
        case (.flag, .flag): return true
        case (.choice(let v), .text(let alphabet, let maxLength)):
            return v.count <= maxLength && v.allSatisfy(alphabet.contains)
        default: return false
        }
    }
}

/// Formats a parameter number without a trailing `.0` and without exponent for common sizes.
package func formatParameterNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}
