import LabText

/// Why an attribute's value could not be read.
struct AttributeValueError: Error {
    let reason: Localized
}

/// Reads attribute values: counts, durations (`8ms`), shares (`5%`), rates (`800/s`), choices.
enum AttributeValueReader {
    static func read(_ text: String, as value: AttributeSpec.Value) throws(AttributeValueError)
        -> AttributeSpec.ParsedValue
    {
        switch value {
        case .count(let range):
            guard let number = Int(text) else { throw expected("a whole number", "정수") }
            try check(Double(number), in: Double(range.lowerBound)...Double(range.upperBound), "")
            return .integer(number)
        case .durationOrNone(let range):
            return text == "none" ? .real(0) : try read(text, as: .duration(range))
        case .duration(let range):
            guard let seconds = duration(text) else {
                throw expected("a duration such as 8ms, 2s or 720h", "8ms, 2s, 720h 같은 시간")
            }
            try check(seconds, in: range, "s")
            return .real(seconds)
        case .share:
            let number = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
            guard let number else { throw expected("a share such as 5% or 0.05", "5% 또는 0.05 같은 비율") }
            try check(number, in: 0.000_001...1, "")
            return .real(number)
        case .rate(let range):
            guard let number = Double(text.hasSuffix("/s") ? String(text.dropLast(2)) : text) else {
                throw expected("a rate such as 800/s", "800/s 같은 속도")
            }
            try check(number, in: range, "/s")
            return .real(number)
        case .number(let range):
            guard let number = Double(text) else { throw expected("a number", "숫자") }
            try check(number, in: range, "")
            return .real(number)
        case .choice(let choices):
            return try choice(text, among: choices)
        case .word:
            return try word(text)
        }
    }

    /// One of `choices`, as typed.
    private static func choice(_ text: String, among choices: [String]) throws(AttributeValueError)
        -> AttributeSpec.ParsedValue
    {
        guard choices.contains(text) else {
            throw AttributeValueError(
                reason: Localized(
                    en: "expected one of " + choices.joined(separator: ", "),
                    ko: "다음 중 하나여야 합니다: " + choices.joined(separator: ", ")))
        }
        return .text(text)
    }

    /// A name of letters, digits, `-` and `_`.
    private static func word(_ text: String) throws(AttributeValueError) -> AttributeSpec.ParsedValue {
        guard !text.isEmpty, text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw expected("a name of letters, digits, - and _", "글자, 숫자, -, _로 된 이름")
        }
        return .text(text)
    }

    /// Seconds in `8ms`, `500us`, `2s`, `5min`, `720h`; nil when it is not a duration.
    static func duration(_ text: String) -> Double? {
        let units: [(String, Double)] = [
            ("us", 1e-6), ("µs", 1e-6), ("ms", 1e-3), ("min", 60), ("s", 1), ("h", 3_600), ("d", 86_400)
        ]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let number = Double(text.dropLast(suffix.count)), number.isFinite else { return nil }
            return number * scale
        }
        return nil
    }

    private static func check(_ number: Double, in range: ClosedRange<Double>, _ unit: String)
        throws(AttributeValueError)
    {
        guard number.isFinite, range.contains(number) else {
            let text = "\(format(range.lowerBound))\(unit)…\(format(range.upperBound))\(unit)"
            throw AttributeValueError(reason: Localized(en: "out of range (takes \(text))", ko: "범위를 벗어났습니다 (\(text))"))
        }
    }

    private static func expected(_ en: String, _ ko: String) -> AttributeValueError {
        AttributeValueError(reason: Localized(en: "expected \(en)", ko: "\(ko)이어야 합니다"))
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}
