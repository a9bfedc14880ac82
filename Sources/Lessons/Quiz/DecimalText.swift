/// Our own number formatting (locale-free, no exponent, trailing zeros trimmed): `1`, `0.5`, `-2.25`.
package enum DecimalText {
    /// `value` rounded to `digits` decimals, without trailing zeros; `-0` prints as `0`.
    package static func format(_ value: Double, digits: Int = 2) -> String {
        precondition((0...9).contains(digits), "digits must be 0...9, got \(digits)")
        guard value.isFinite else { return "0" }
        let scale = (0..<digits).reduce(1.0) { product, _ in product * 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(Int64(value.rounded())) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        let remainder = String(units % Int64(scale))
        var fraction = digits == 0 ? "" : String(repeating: "0", count: digits - remainder.count) + remainder
        while fraction.last == "0" { fraction.removeLast() }
        let sign = value < 0 && units != 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
