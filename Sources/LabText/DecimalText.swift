/// Locale-free number text: the same bytes on every machine and in every locale, no exponent, and
/// the exact binary value rounded half to even, as C's `printf("%.*f")` rounds it.
///
///     DecimalText.fixed(2.675, digits: 2)    // "2.67": 2.675 is 2.67499999... in binary
///     DecimalText.fixed(0.125, digits: 2)    // "0.12": an exact tie goes to the even digit
///     DecimalText.fixed(-0.001, digits: 2)   // "-0.00", as printf prints it
///     DecimalText.format(-2.50, digits: 2)   // "-2.5"
package enum DecimalText {
    /// `value` with exactly `digits` decimals (0...9), byte for byte as `printf("%.*f", digits, value)`
    /// prints it, `inf`, `-inf` and `nan` included.
    package static func fixed(_ value: Double, digits: Int) -> String {
        precondition((0...9).contains(digits), "digits must be 0...9, got \(digits)")
        guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? "-inf" : "inf" }
        let sign = value.sign == .minus ? "-" : ""
        let (whole, fraction) = rounded(value.magnitude, digits: digits)
        return digits == 0 ? sign + whole : sign + whole + "." + padded(fraction, to: digits)
    }

    /// `value` rounded like `fixed`, without trailing zeros (`1`, `0.5`, `-2.25`); `-0` and
    /// non-finite values print as `0`.
    package static func format(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        // NB: most scores and numerical answers are whole; trimming `fixed`'s zeros character by character cost
        // about 15,000 instructions a call (callgrind), and a whole number below 10^15 prints as its integer.
        if value.rounded(.towardZero) == value, value.magnitude < 1e15 { return String(Int64(value)) }
        let text = fixed(value, digits: digits)
        guard digits > 0 else { return text == "-0" ? "0" : text }
        var bytes = Array(text.utf8)
        while bytes.last == 0x30 { bytes.removeLast() }
        if bytes.last == 0x2E { bytes.removeLast() }
        return bytes == Array("-0".utf8) ? "0" : String(decoding: bytes, as: UTF8.self)
    }

    /// `value`'s decimal digits, zero-padded on the left to `width`.
    static func padded(_ value: UInt64, to width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
