/// A JSON value written as `JSONEncoder` writes it with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`:
/// two-space indents, `"key" : value`, keys in byte order, an empty array as `[`, a blank line and `]`.
///
/// The JSON report writes its many sheet entries with it; `GradingReportsTests` checks it against the encoder.
indirect enum PrettyJSON {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case array([PrettyJSON])
    case object([(key: String, value: PrettyJSON)])

    /// The text, its first line unindented and the others `depth` levels in.
    func text(depth: Int = 0) -> String {
        var out = ""
        write(into: &out, depth: depth)
        return out
    }

    private func write(into out: inout String, depth: Int) {
        switch self {
        case .string(let text): Self.quote(text, into: &out)
        case .number(let number):
            let text = number.description
            out += text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        case .integer(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .array(let items):
            Self.members(items, open: "[", close: "]", into: &out, depth: depth) { $0.write(into: &$1, depth: $2) }
        case .object(let fields):
            let sorted = fields.sorted { SheetSeal.precedes($0.key, $1.key) }
            Self.members(sorted, open: "{", close: "}", into: &out, depth: depth) { field, out, depth in
                Self.quote(field.key, into: &out)
                out += " : "
                field.value.write(into: &out, depth: depth)
            }
        }
    }

    private static func members<Member>(
        _ members: [Member], open: String, close: String, into out: inout String, depth: Int,
        write: (Member, inout String, Int) -> Void
    ) {
        let inner = String(repeating: "  ", count: depth + 1)
        out += open + "\n"
        for (position, member) in members.enumerated() {
            out += (position > 0 ? ",\n" : "") + inner
            write(member, &out, depth + 1)
        }
        out += "\n" + String(repeating: "  ", count: depth) + close
    }

    private static func quote(_ text: String, into out: inout String) {
        out += "\""
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
