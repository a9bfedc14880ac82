import Foundation

extension Response {
    /// True when `other` is this response byte for byte: texts by their UTF-8 (`==` takes canonically equivalent
    /// spellings as equal), numbers by their bits (`==` takes 0 and -0 as equal).
    ///
    /// Equal responses are `==` too, so `Hashable`'s hash stays valid for this stricter equality.
    func isIdentical(to other: Response) -> Bool {
        switch (self, other) {
        case (.text(let left), .text(let right)): return Self.identical(left, right)
        case (.texts(let left), .texts(let right)):
            return left.count == right.count && zip(left, right).allSatisfy(Self.identical)
        case (.bool(let left), .bool(let right)): return left == right
        case (.number(let left), .number(let right)): return left.bitPattern == right.bitPattern
        case (.pairs(let left), .pairs(let right)):
            return left.count == right.count
                && left.allSatisfy { key, value in
                    right.index(forKey: key).map {
                        Self.identical(right[$0].key, key) && Self.identical(right[$0].value, value)
                    }
                        ?? false
                }
        default: return false
        }
    }

    /// Hashes what `isIdentical(to:)` compares, so identical responses hash alike.
    func hashBytes(into hasher: inout Hasher) {
        switch self {
        case .text(let text): Self.hashBytes(text, into: &hasher)
        case .texts(let texts):
            hasher.combine(texts.count)
            for text in texts { Self.hashBytes(text, into: &hasher) }
        case .bool(let flag): hasher.combine(flag)
        case .number(let number): hasher.combine(number.bitPattern)
        case .pairs(let pairs): hasher.combine(pairs.count)
        }
    }

    private static func hashBytes(_ text: String, into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    private static func identical(_ left: String, _ right: String) -> Bool {
        // NB: not `utf8.elementsEqual`, which went byte by byte (550 instructions a response, callgrind).
        var (left, right) = (left, right)
        return left.withUTF8 { a in right.withUTF8 { b in a.hasSameBytes(as: b) } }
    }
}
