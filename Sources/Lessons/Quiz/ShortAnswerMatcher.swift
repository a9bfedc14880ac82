import Foundation

/// How typed text is compared with accepted answers: trimmed, NFKC-normalised, case-folded, runs of spaces collapsed.
package enum ShortAnswerMatcher {
    /// The comparison form of `text`.
    package static func normalized(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping
            .lowercased()
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }
}
