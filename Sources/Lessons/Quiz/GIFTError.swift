import LabText
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
    /// What was expected, or what is wrong and how to fix it, in both languages.
    package var reason: Localized

    package init(file: String, line: Int, column: Int, lineText: String, reason: Localized) {
        self.file = file
        self.line = line
        self.column = column
        self.lineText = lineText
        self.reason = reason
    }

    package var description: String { text(.en) }

    /// `FILE:LINE:COLUMN: reason`, the line and a caret under the column, in `language`.
    package func text(_ language: Language) -> String {
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        let caret = Self.padding(under: lineText.prefix(max(0, column - 1))) + "^"
        return "\(file):\(line):\(column): \(reason.text(language))\n"
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

    package var description: String { text(.en) }

    /// The first 50 errors in `language`, then how many more there are.
    package func text(_ language: Language) -> String {
        let shown = errors.prefix(Self.shownLimit).map { $0.text(language) }
        let hidden = errors.count - shown.count
        let more = Localized(
            en: "... and \(hidden) more error(s) in \(errors.first?.file ?? ""); fix the ones above and check again",
            ko: "... \(errors.first?.file ?? "")에 오류가 \(hidden)개 더 있습니다. 위의 것을 고친 뒤 다시 확인하세요")
        return (shown + (hidden > 0 ? [more.text(language)] : [])).joined(separator: "\n")
    }
}
