/// Helpers for text that may contain ANSI style sequences.
package enum StyledText {
    /// `text` without ANSI escape sequences, to measure what will be seen.
    package static func plain(_ text: String) -> String {
        var out = "", skipping = false
        for scalar in text.unicodeScalars {
            if skipping { if scalar == "m" { skipping = false }; continue }
            if scalar == "\u{1B}" { skipping = true; continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
