import Terminal

/// A mistake in a GIFT file, located by line and column, printed like a compiler diagnostic.
///
/// ```
/// quiz.gift:3:12: expected '}' to close the answer section opened here
///     3 | What is 2+2? {=4 ~5
///       |              ^
/// ```
package struct GIFTError: Error, Sendable, Hashable, CustomStringConvertible {
    package var file: String
    package var line: Int
    /// 1-based, counted in characters of the original line.
    package var column: Int
    /// The original line, for the excerpt.
    package var lineText: String
    /// What was expected, or what is wrong and how to fix it.
    package var message: String

    package init(file: String, line: Int, column: Int, lineText: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.lineText = lineText
        self.message = message
    }

    package var description: String {
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        let caret = Self.padding(under: lineText.prefix(max(0, column - 1))) + "^"
        return "\(file):\(line):\(column): \(message)\n"
            + "    \(number) | \(lineText)\n"
            + "    \(gutter) | \(caret)"
    }

    /// Blanks as wide as `text` on a terminal (Hangul takes two columns; a tab stays a tab).
    static func padding(under text: Substring) -> String {
        text.map { $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(String($0))) }.joined()
    }
}

/// All the mistakes found in one GIFT file (every bad item is found; the first 50 are printed).
package struct GIFTErrors: Error, Sendable, Hashable, CustomStringConvertible {
    package var errors: [GIFTError]

    /// How many errors `description` prints before it counts the rest.
    package static let shownLimit = 50

    package init(_ errors: [GIFTError]) {
        self.errors = errors
    }

    package var description: String {
        let shown = errors.prefix(Self.shownLimit).map(\.description)
        let hidden = errors.count - shown.count
        let more =
            hidden > 0
            ? ["... and \(hidden) more error(s) in \(errors[0].file); fix the ones above and check again"] : []
        return (shown + more).joined(separator: "\n")
    }
}
