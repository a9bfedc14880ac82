/// One character of a GIFT item after escapes are resolved, with where it was written.
struct GIFTToken: Sendable, Hashable {
    /// The character itself.
    var character: Character
    /// True for an unescaped `~ = # { } :`, which carries GIFT structure.
    var isSpecial: Bool
    var line: Int
    var column: Int

    /// The characters that are structure unless escaped with a backslash.
    static let specials: Set<Character> = ["~", "=", "#", "{", "}", ":"]

    /// True when this is the unescaped special `character`.
    func isSpecial(_ wanted: Character) -> Bool {
        isSpecial && character == wanted
    }

    var isWhitespace: Bool {
        !isSpecial && character.isWhitespace
    }
}

extension Collection where Element == GIFTToken {
    /// The tokens as text, escapes resolved, surrounding whitespace trimmed.
    var text: String {
        String(map(\.character)).trimmingWhitespace
    }

    /// The index of the first unescaped special `character`, if any.
    func firstSpecial(_ character: Character) -> Index? {
        firstIndex { $0.isSpecial(character) }
    }

    /// True when every token is whitespace.
    var isBlank: Bool {
        allSatisfy(\.isWhitespace)
    }
}

extension ArraySlice where Element == GIFTToken {
    /// The slice without leading and trailing whitespace tokens.
    var trimmed: ArraySlice<GIFTToken> {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return self[endIndex..<endIndex] }
        return self[first...last]
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
