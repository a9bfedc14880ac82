/// The one place where text a learner wrote (names, answers, ids from sheets) is made safe to print or export.
///
/// C0 controls (but newline and tab in multi-line text), DEL and C1 controls become visible escapes such as
/// `\u{1B}`, which defuses CSI/OSC sequences (colours, titles, hyperlinks, clipboard writes); bidi controls
/// become visible escapes too, so a name cannot reorder a table; CR is dropped; length is capped.
package enum UntrustedText {
    /// The longest one-line field kept, in characters.
    package static let oneLineLimit = 120
    /// The longest multi-line field kept, in characters.
    package static let multiLineLimit = 4_000

    /// `text` made safe for one line (names, ids, short answers): newlines and tabs become spaces.
    package static func oneLine(_ text: String, limit: Int = oneLineLimit) -> String {
        capped(sanitized(text, keepLines: false).trimmingWhitespace, limit: limit)
    }

    /// `text` made safe where several lines are allowed (essays, feedback files).
    package static func multiLine(_ text: String, limit: Int = multiLineLimit) -> String {
        capped(sanitized(text, keepLines: true), limit: limit)
    }

    /// `text` with every control defused but nothing capped or trimmed: the terminal boundary's rule.
    package static func defused(_ text: String) -> String {
        sanitized(text, keepLines: true)
    }

    /// Whether `text` holds nothing `defused` would change (checked on bytes, so plain output stays fast).
    package static func isInert(_ text: String) -> Bool {
        // NB: an arrow or a dash (lead byte E2) once sent the whole text to a scalar-by-scalar check; the bytes say it.
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x20 && byte < 0x7F || byte == 0x0A || byte == 0x09 { continue }
                if byte < 0x80 { return false }
                guard index + 1 < bytes.count else { continue }
                let next = bytes[index + 1]
                let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                if isFlagged(byte, next, third) { return false }
            }
            return true
        }
    }

    /// True when the UTF-8 sequence starting `lead, next, third` is a C1 control (C2 80...C2 9F), U+061C (D8 9C),
    /// U+200E/F or U+2028...U+202E (E2 80 ..), or U+2066...U+2069 (E2 81 A6...A9).
    private static func isFlagged(_ lead: UInt8, _ next: UInt8, _ third: UInt8) -> Bool {
        switch (lead, next) {
        case (0xC2, 0x80...0x9F), (0xD8, 0x9C): true
        case (0xE2, 0x80): third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third)
        case (0xE2, 0x81): (0xA6...0xA9).contains(third)
        default: false
        }
    }

    private static func sanitized(_ text: String, keepLines: Bool) -> String {
        // NB: most names and answers need nothing defused; rebuilding each scalar by scalar was 4% of writing the
        // JSON report (callgrind).
        if isInert(text), keepLines || !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) { return text }
        return rewritten(text, keepLines: keepLines)
    }

    /// `text` rewritten scalar by scalar: what `sanitized` does to text that is not inert.
    static func rewritten(_ text: String, keepLines: Bool) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0D:
                continue
            case 0x0A, 0x09:
                output.append(keepLines ? scalar : " ")
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029:
                output.append(contentsOf: escape(scalar).unicodeScalars)
            case _ where isBidiControl(scalar):
                output.append(contentsOf: escape(scalar).unicodeScalars)
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// True for the bidi embedding, override, isolate and mark characters.
    package static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
    }

    private static func capped(_ text: String, limit: Int) -> String {
        guard text.utf8.count > limit, text.count > limit else { return text }
        return String(text.prefix(max(0, limit - 1))) + "…"
    }
}
