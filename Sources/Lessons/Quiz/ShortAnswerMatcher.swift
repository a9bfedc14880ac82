import Foundation

/// How typed text is compared with accepted answers.
package enum ShortAnswerMatcher {
    /// The form used to recognise a typed choice: NFKC-normalised, case-folded, runs of spaces collapsed.
    package static func normalized(_ text: String) -> String {
        // NB: NFKC leaves ASCII as it is, and Foundation's normalisation was half the time of grading.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return text.precomposedStringWithCompatibilityMapping
            .lowercased()
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }

    /// True when `given` matches the short-answer `pattern` as Moodle compares them
    /// (`compare_string_with_wildcard`): NFC, case-insensitive, `given` trimmed at its ends only,
    /// each run of unescaped `*` matching any text and `\*` a literal asterisk.
    ///
    ///     matches(pattern: "*cat*", given: " Concatenate ")  // true
    package static func matches(pattern: String, given: String) -> Bool {
        Pattern(pattern).matches(prepared(given))
    }

    /// `given` as `Pattern.matches(_:)` takes it: NFC, trimmed, lowercased (prepare once, match against many patterns).
    package static func prepared(_ given: String) -> [Character] {
        let text = given.utf8.allSatisfy { $0 < 0x80 } ? given : given.precomposedStringWithCanonicalMapping
        return Array(text.trimmingWhitespace.lowercased())
    }

    /// A short-answer pattern split at its wildcards once, to match many answers.
    package struct Pattern: Sendable, Hashable {
        private let bits: [[Character]]

        package init(_ pattern: String) {
            bits = ShortAnswerMatcher.pieces(of: pattern.precomposedStringWithCanonicalMapping.lowercased())
                .map(Array.init)
        }

        /// True when `text` (from `prepared(_:)`) matches the pattern.
        package func matches(_ text: [Character]) -> Bool {
            guard bits.count > 1 else { return text == bits[0] }
            guard text.count >= bits[0].count + bits[bits.count - 1].count,
                text.starts(with: bits[0]), text.reversed().starts(with: bits[bits.count - 1].reversed())
            else { return false }
            var position = bits[0].count
            let end = text.count - bits[bits.count - 1].count
            for bit in bits.dropFirst().dropLast() {
                guard let found = ShortAnswerMatcher.firstOccurrence(of: bit, in: text, from: position, before: end)
                else { return false }
                position = found + bit.count
            }
            return true
        }
    }

    /// The literal pieces between unescaped runs of `*` (`\*` becomes `*`).
    private static func pieces(of pattern: String) -> [String] {
        var bits = [""]
        var previous: Character?
        for character in pattern {
            if character == "*" && previous == "\\" {
                bits[bits.count - 1].removeLast()
                bits[bits.count - 1].append("*")
                previous = nil
                continue
            }
            if character == "*" {
                if previous != "*" { bits.append("") }
            } else {
                bits[bits.count - 1].append(character)
            }
            previous = character
        }
        return bits
    }

    private static func firstOccurrence(of bit: [Character], in text: [Character], from start: Int, before end: Int)
        -> Int?
    {
        guard !bit.isEmpty else { return start }
        guard end - start >= bit.count else { return nil }
        return (start...(end - bit.count)).first { text[$0..<($0 + bit.count)].elementsEqual(bit) }
    }
}
