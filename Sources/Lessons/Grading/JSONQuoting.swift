/// JSON strings and numbers written straight into a byte buffer, as JSONEncoder writes them.
enum JSONQuoting {
    /// Appends `text` as a quoted JSON string: `"` `\` and control characters escaped, and `/` too when
    /// `escapingSlash` (JSONEncoder's default, which sheet seals are computed over). Returns true when `text` is plain:
    /// printable ASCII that needed no escape.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    @discardableResult
    static func append(_ text: String, escapingSlash: Bool, to out: inout [UInt8]) -> Bool {
        out.append(0x22)
        // NB: most strings need no escape; the byte loop was 10% of grading a sheet (callgrind), so they skip it.
        var text = text
        let (needsEscape, isASCII) = text.withUTF8 { bytes in
            var isASCII = true
            for byte in bytes {
                if byte < 0x20 || byte == 0x22 || byte == 0x5C || (escapingSlash && byte == 0x2F) {
                    return (true, false)
                }
                if byte >= 0x7F { isASCII = false }
            }
            return (false, isASCII)
        }
        if !needsEscape {
            out.append(contentsOf: text.utf8)
            out.append(0x22)
            return isASCII
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
        return false
    }

    /// Appends `number` as JSONEncoder writes a `Double`: its shortest description, without a trailing `.0`.
    static func append(_ number: Double, to out: inout [UInt8]) {
        // NB: describing each score (0, 1, 2...) as a Double and trimming it was 4% of the JSON report (callgrind).
        guard number.rounded() == number, number.magnitude < integralLimit, number != 0 || number.sign == .plus else {
            let text = number.description
            return out.append(contentsOf: (text.hasSuffix(".0") ? text.dropLast(2) : Substring(text)).utf8)
        }
        if number < 0 { out.append(0x2D) }
        let start = out.count
        var magnitude = UInt64(number.magnitude)
        repeat {
            out.append(0x30 + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        out[start...].reverse()
    }

    /// Whole numbers below this are written as digits: `description` writes them as digits and `.0` too.
    private static let integralLimit = 1e15

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
