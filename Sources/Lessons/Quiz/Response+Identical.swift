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

    private static func identical(_ left: String, _ right: String) -> Bool {
        left.utf8.elementsEqual(right.utf8)
    }
}
