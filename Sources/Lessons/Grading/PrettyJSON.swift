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
        // NB: appending small Strings was 84% of writing the JSON report (callgrind); bytes are appended in bulk.
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, depth: depth)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], depth: Int) {
        switch self {
        case .string(let text): Self.quote(text, into: &out)
        case .number(let number):
            let text = number.description
            out.append(contentsOf: (text.hasSuffix(".0") ? String(text.dropLast(2)) : text).utf8)
        case .integer(let number): out.append(contentsOf: String(number).utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .array(let items):
            Self.members(items, open: 0x5B, close: 0x5D, into: &out, depth: depth) { $0.write(into: &$1, depth: $2) }
        case .object(let fields):
            let sorted = fields.sorted { SheetSeal.precedes($0.key, $1.key) }
            Self.members(sorted, open: 0x7B, close: 0x7D, into: &out, depth: depth) { field, out, depth in
                Self.quote(field.key, into: &out)
                out.append(contentsOf: [0x20, 0x3A, 0x20])
                field.value.write(into: &out, depth: depth)
            }
        }
    }

    private static func members<Member>(
        _ members: [Member], open: UInt8, close: UInt8, into out: inout [UInt8], depth: Int,
        write: (Member, inout [UInt8], Int) -> Void
    ) {
        out += [open, 0x0A]
        for (position, member) in members.enumerated() {
            if position > 0 { out += [0x2C, 0x0A] }
            out.append(contentsOf: repeatElement(0x20, count: 2 * (depth + 1)))
            write(member, &out, depth + 1)
        }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 2 * depth))
        out.append(close)
    }

    private static func quote(_ text: String, into out: inout [UInt8]) {
        JSONQuoting.append(text, escapingSlash: false, to: &out)
    }
}
