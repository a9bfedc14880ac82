import Lessons

/// The one neutraliser between scalelab and a terminal: whatever a string holds, only the
/// program's own styling survives as an escape sequence.
///
/// ESC, the other C0 controls (but newline and tab), DEL, C1 and bidi controls become visible
/// escapes such as `\u{1B}` (see `UntrustedText`), which defuses CSI, OSC (titles, clipboard
/// writes, hyperlinks) and reordering. With styles allowed, the SGR sequences `Styler` emits
/// (`ESC[0m`, `ESC[1m`, `ESC[2m`, `ESC[7m`, `ESC[31m`...`ESC[36m`) pass as they are: text from outside can
/// at worst change a colour, never move the cursor, clear the screen or talk to the terminal.
///
///     OutputBoundary.neutralized("\u{1B}]52;c;aGk=\u{07}ok", allowingStyles: false)  // #"\u{1B}]52;c;aGk=\u{07}ok"#
package enum OutputBoundary {
    /// The SGR parameters `Styler` writes.
    static let styleCodes: Set<String> = ["0", "1", "2", "7", "31", "32", "33", "34", "35", "36"]

    /// `text` safe for a terminal; `allowingStyles` keeps the styler's SGR sequences. A CR is
    /// kept only before a newline (CSV's line ends), so it cannot overwrite what a line showed.
    package static func neutralized(_ text: String, allowingStyles: Bool) -> String {
        if UntrustedText.isInert(text) { return text }
        guard text.utf8.contains(0x0D) else { return lineSafe(text, allowingStyles: allowingStyles) }
        return text.components(separatedBy: "\r\n").map { lineSafe($0, allowingStyles: allowingStyles) }.joined(
            separator: "\r\n")
    }

    private static func lineSafe(_ text: String, allowingStyles: Bool) -> String {
        guard allowingStyles else { return UntrustedText.defused(text) }
        var output = ""
        var rest = Substring(text)
        while let escape = rest.firstIndex(of: "\u{1B}") {
            output += UntrustedText.defused(String(rest[..<escape]))
            let afterEscape = rest.index(after: escape)
            if let end = styleEnd(in: rest[afterEscape...]) {
                output += rest[escape..<end]
                rest = rest[end...]
            } else {
                output += UntrustedText.defused("\u{1B}")
                rest = rest[afterEscape...]
            }
        }
        return output + UntrustedText.defused(String(rest))
    }

    /// The end of `[CODEm` at the start of `text` when CODE is one of the styler's, else nil.
    private static func styleEnd(in text: Substring) -> Substring.Index? {
        guard text.first == "[", let m = text.prefix(4).firstIndex(of: "m") else { return nil }
        let code = text[text.index(after: text.startIndex)..<m]
        return styleCodes.contains(String(code)) ? text.index(after: m) : nil
    }
}
