extension DecimalText {
    /// 10^0 ... 10^9, exact both as integers and as doubles.
    private static let powersOfTen: [UInt64] = (0...9).map { (0..<$0).reduce(1) { product, _ in product * 10 } }
    /// The base of `integerDigits`' limbs.
    private static let billion: UInt64 = 1_000_000_000

    /// `magnitude` (finite, not negative) rounded to `digits` decimals: the whole part's digits and
    /// the decimals as an integer below 10^digits.
    static func rounded(_ magnitude: Double, digits: Int) -> (whole: String, fraction: UInt64) {
        let integral = magnitude.rounded(.towardZero)
        let scale = powersOfTen[digits]
        let wholeIsOdd = digits == 0 && integral.truncatingRemainder(dividingBy: 2) == 1
        let units = roundedProduct(magnitude - integral, scale: Double(scale), wholeIsOdd: wholeIsOdd)
        // A fraction exists only below 2^52, where `integral + 1` is exact.
        return units == scale ? (integerDigits(integral + 1), 0) : (integerDigits(integral), units)
    }

    /// `part` × `scale` for `part` in [0, 1) and `scale` ≤ 10^9, rounded to the nearest integer
    /// exactly, a tie to the even total (`wholeIsOdd`: the whole part's parity counts, no decimals).
    private static func roundedProduct(_ part: Double, scale: Double, wholeIsOdd: Bool) -> UInt64 {
        let product = part * scale
        let error = (-product).addingProduct(part, scale)  // part × scale − product, exactly (fused)
        let below = product.rounded(.down)
        let above = product - below
        // NB: product < 2^30, so 0.5 is a multiple of its ulp and |error| ≤ ulp / 2: only a product
        // exactly on a half can round either way, and the error's sign decides it.
        let units = UInt64(below)
        guard above == 0.5 else { return above > 0.5 ? units + 1 : units }
        if error != 0 { return error > 0 ? units + 1 : units }
        return (units % 2 == 1) != wholeIsOdd ? units + 1 : units
    }

    /// The digits of a whole number of any size: `1e300` gives all 301 of its digits, as printf does.
    private static func integerDigits(_ integral: Double) -> String {
        if integral < 0x1p63 { return String(UInt64(integral)) }
        let significand = UInt64(1) << Double.significandBitCount | integral.significandBitPattern
        var limbs = [significand % billion, significand / billion]  // base 10^9, least significant first
        var shift = Int(integral.exponent) - Double.significandBitCount
        while shift > 0 {
            let step = min(shift, 30)
            var carry: UInt64 = 0
            for index in limbs.indices {
                let product = limbs[index] << UInt64(step) + carry
                limbs[index] = product % billion
                carry = product / billion
            }
            while carry > 0 {
                limbs.append(carry % billion)
                carry /= billion
            }
            shift -= step
        }
        return String(limbs[limbs.count - 1]) + limbs.dropLast().reversed().map { padded($0, to: 9) }.joined()
    }
}
