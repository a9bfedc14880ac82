import Foundation

extension SheetReader {
    /// A JSON string at `index` (its opening quote); nil on a raw control character, a bad escape,
    /// a lone surrogate or broken UTF-8.
    mutating func string() -> String? {
        index += 1
        var start = index
        var pieces: [UInt8] = []
        while true {
            index = JSONStringScan.next(in: bytes, from: index)
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            if byte == 0x2F {
                index += 1
                continue
            }
            if byte == 0x22 {
                defer { index += 1 }
                // NB: a string with no escape is made straight from the file's bytes, without a copy first: building
                // strings was 14% of grading a sheet (callgrind).
                let tail = UnsafeBufferPointer(rebasing: bytes[start..<index])
                guard !pieces.isEmpty else { return Self.validated(tail) }
                pieces += tail
                return pieces.withUnsafeBufferPointer(Self.validated)
            }
            guard byte == 0x5C else { return nil }
            pieces += bytes[start..<index]
            guard let scalar = escape() else { return nil }
            pieces += scalar.utf8
            start = index
        }
    }

    /// `bytes` as a string when they are valid UTF-8: decoded with repair, and valid exactly when nothing was repaired.
    static func validated(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // NB: String(validating:as:) is not specialised for a buffer: it looked up generic metadata on every call,
        // about 1,000 instructions a string and 15% of grading a sheet (callgrind); String(decoding:as:) is.
        var text = String(decoding: bytes, as: UTF8.self)
        let unrepaired = text.withUTF8 { $0.hasSameBytes(as: bytes) }
        return unrepaired ? text : nil
    }

    /// The character of the escape at `index` (its backslash).
    private mutating func escape() -> Unicode.Scalar? {
        guard index + 1 < bytes.count else { return nil }
        let letter = bytes[index + 1]
        index += 2
        switch letter {
        case 0x22, 0x5C, 0x2F: return Unicode.Scalar(letter)
        case 0x62: return "\u{08}"
        case 0x66: return "\u{0C}"
        case 0x6E: return "\n"
        case 0x72: return "\r"
        case 0x74: return "\t"
        case 0x75:
            guard let high = hex4() else { return nil }
            guard (0xD800...0xDBFF).contains(high) else { return Unicode.Scalar(high) }
            guard index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 else { return nil }
            index += 2
            guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        default: return nil
        }
    }

    private mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }

    /// A JSON number at `index` (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`), nil when it is not one or not finite.
    mutating func number() -> Double? {
        let start = index
        if peek(0x2D) { index += 1 }
        if peek(0x30) {
            index += 1
        } else if digits() == 0 {
            return nil
        }
        if peek(0x2E) {
            index += 1
            guard digits() > 0 else { return nil }
        }
        if peek(0x65) || peek(0x45) {
            index += 1
            if peek(0x2B) || peek(0x2D) { index += 1 }
            guard digits() > 0 else { return nil }
        }
        let value = Double(String(decoding: bytes[start..<index], as: UTF8.self))
        return value.flatMap { $0.isFinite ? $0 : nil }
    }

    func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        return index - start
    }
}
