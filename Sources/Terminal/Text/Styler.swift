/// ANSI styles that disappear when colour is off (a pipe, `NO_COLOR`, `--color never`).
package struct Styler: Sendable, Hashable {
    package enum Color: Int, Sendable, CaseIterable {
        case red = 31
        case green = 32
        case yellow = 33
        case blue = 34
        case magenta = 35
        case cyan = 36
    }

    package let enabled: Bool

    package init(enabled: Bool) { self.enabled = enabled }

    package func bold(_ text: String) -> String { wrap(text, "1") }
    package func dim(_ text: String) -> String { wrap(text, "2") }
    /// Reverse video, the way pagers mark a search match.
    package func reverse(_ text: String) -> String { wrap(text, "7") }
    package func color(_ text: String, _ color: Color) -> String { wrap(text, String(color.rawValue)) }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
