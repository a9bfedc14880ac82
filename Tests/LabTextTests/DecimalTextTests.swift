import Foundation
import LabText
import Testing

@Suite struct DecimalTextTests {
    @Test(
        "Fixed text keeps its zeros and rounds the exact binary value, a tie to the even digit, like printf",
        arguments: [
            (1.0, 2, "1.00"), (0.5, 0, "0"), (1.5, 0, "2"), (2.5, 0, "2"), (3.5, 0, "4"), (0.125, 2, "0.12"),
            (0.375, 2, "0.38"), (2.675, 2, "2.67"), (1.005, 2, "1.00"), (0.1, 9, "0.100000000"), (9.995, 2, "9.99"),
            (9.9999, 2, "10.00"), (0.999_999_999_9, 9, "1.000000000"), (123.456, 0, "123"),
            (.leastNonzeroMagnitude, 9, "0.000000000")
        ])
    func fixed(value: Double, digits: Int, text: String) {
        #expect(DecimalText.fixed(value, digits: digits) == text)
    }

    @Test(
        "Negative values keep their sign in fixed text, even when they round to zero",
        arguments: [(-2.25, 1, "-2.2"), (-2.35, 1, "-2.4"), (-0.001, 2, "-0.00"), (-0.0, 1, "-0.0"), (-7.0, 0, "-7")])
    func negatives(value: Double, digits: Int, text: String) {
        #expect(DecimalText.fixed(value, digits: digits) == text)
    }

    @Test("Huge values print every digit of their exact value, with no exponent")
    func huge() {
        #expect(DecimalText.fixed(1e15, digits: 1) == "1000000000000000.0")
        #expect(DecimalText.fixed(0x1p63, digits: 0) == "9223372036854775808")
        #expect(DecimalText.fixed(1e20, digits: 2) == "100000000000000000000.00")
        #expect(DecimalText.fixed(-1e22, digits: 0) == "-10000000000000000000000")
        let largest = DecimalText.fixed(.greatestFiniteMagnitude, digits: 0)
        #expect(largest.count == 309)
        #expect(
            largest.hasPrefix("17976931348623157081452742373170435679807056752584499659891747680315726078002853876"))
        #expect(largest.hasSuffix("58368"))
    }

    @Test("Infinities and NaN print as printf prints them in fixed text, as 0 in trimmed text")
    func nonFinite() {
        #expect(DecimalText.fixed(.infinity, digits: 2) == "inf")
        #expect(DecimalText.fixed(-.infinity, digits: 2) == "-inf")
        #expect(DecimalText.fixed(.nan, digits: 2) == "nan")
        #expect([Double.infinity, -.infinity, .nan].map { DecimalText.format($0) } == ["0", "0", "0"])
    }

    @Test(
        "Trimmed text drops trailing zeros and prints minus zero as 0",
        arguments: [
            (1.0, 2, "1"), (0.5, 2, "0.5"), (1 / 3.0, 2, "0.33"), (-0.001, 2, "0"), (-0.0, 2, "0"), (-2.25, 2, "-2.25"),
            (1e7, 2, "10000000"), (2.5, 0, "2"), (99.999, 2, "100"), (1e20, 2, "100000000000000000000")
        ])
    func trimmed(value: Double, digits: Int, text: String) {
        #expect(DecimalText.format(value, digits: digits) == text)
    }

    @Test("Fixed text matches the C library's %.*f over thousands of random values and every digit count")
    func matchesPrintf() {
        var state: UInt64 = 0x5CA1_E1AB
        for round in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let bits = state >> 11
            let scale = [1.0, 1e-3, 1e3, 1e9, 1e17][round % 5]
            let value = (Double(bits) / 0x1p53 - 0.5) * scale
            let halves = (Double(bits % 4_000) - 2_000) / 8  // exact ties: multiples of 1/8
            for candidate in [value, halves] {
                let digits = Int(bits % 10)
                let expected = String(format: "%.\(digits)f", candidate)
                #expect(DecimalText.fixed(candidate, digits: digits) == expected, "\(candidate) with \(digits) digits")
            }
        }
    }

    @Test("formatted text is the fixed text without its trailing zeros, for whole and fractional values of every size")
    func formatTrimsFixed() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var values: [Double] = [0, -0.0, 1, -1, 4, 1e14, -1e14, 999_999_999_999_999, 1e15, 1e16, 0.5, -0.001, 2.675]
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let scale = [1.0, 8, 1_000, 1e9, 1e15, 1e17][Int(state >> 61) % 6]
            let raw = Double(state >> 11) / Double(1 << 53) * scale * 2 - scale
            values += [raw, raw.rounded(), raw / 7]
        }
        for value in values {
            for digits in [0, 2, 6] {
                var expected = DecimalText.fixed(value, digits: digits)
                if digits > 0 {
                    while expected.last == "0" { expected.removeLast() }
                    if expected.last == "." { expected.removeLast() }
                }
                if expected == "-0" { expected = "0" }
                #expect(DecimalText.format(value, digits: digits) == expected, "\(value) digits \(digits)")
            }
        }
    }
}
