/// JSON string literals written straight into a byte buffer, as JSONEncoder writes them.
enum JSONQuoting {
    /// Appends `text` as a quoted JSON string: `"` `\` and control characters escaped, and `/` too when
    /// `escapingSlash` (JSONEncoder's default, which sheet seals are computed over).
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    static func append(_ text: String, escapingSlash: Bool, to out: inout [UInt8]) {
        out.append(0x22)
        // NB: most strings need no escape; the byte loop was 10% of grading a sheet (callgrind), so they skip it.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || (escapingSlash && $0 == 0x2F) }) {
            out.append(contentsOf: text.utf8)
            return out.append(0x22)
        }
        for byte in text.utf8 {
            switch byte {
            case 0x22, 0x5C: out += [0x5C, byte]
            case 0x2F where escapingSlash: out += [0x5C, byte]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x00...0x1F: out += [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
