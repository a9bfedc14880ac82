/// A JSON value written with keys in the order given, so output bytes never depend on hashing.
package indirect enum JSONText: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])

    package static func == (lhs: JSONText, rhs: JSONText) -> Bool { lhs.rendered() == rhs.rendered() }

    /// Compact JSON, or pretty with two-space indentation.
    package func rendered(pretty: Bool = false, indent: String = "") -> String {
        let inner = indent + (pretty ? "  " : "")
        let newline = pretty ? "\n" : ""
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .number(let value):
            guard value.isFinite else { return "null" }
            if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
            return String(value)
        case .string(let value): return Self.quote(value)
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            let body = items.map { inner + $0.rendered(pretty: pretty, indent: inner) }
            return "[" + newline + body.joined(separator: "," + newline) + newline + (pretty ? indent : "") + "]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let separator = pretty ? ": " : ":"
            let body = members.map {
                inner + Self.quote($0.0) + separator + $0.1.rendered(pretty: pretty, indent: inner)
            }
            return "{" + newline + body.joined(separator: "," + newline) + newline + (pretty ? indent : "") + "}"
        }
    }

    /// A JSON string literal with the required escapes.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value):
                out +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
