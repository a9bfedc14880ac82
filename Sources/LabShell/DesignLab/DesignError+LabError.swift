import Design
import Experiments
import LabText
import Lessons
import Terminal

extension LabError {
    /// A design mistake printed like a compiler error: `FILE:LINE:COL: error: …`, the line, a
    /// caret under the column, and the line that would fix it.
    init(_ error: DesignError, language: Language) {
        let korean = language == .ko
        var message = error.message.text(language)
        if let word = error.word, let close = Suggestion.closest(to: word, in: error.candidates) {
            message += korean ? " ('\(close)'을(를) 뜻했나요?)" : " (did you mean '\(close)'?)"
        }
        var lines = ["\(error.file):\(error.line):\(error.column): \(korean ? "오류" : "error"): \(message)"]
        if !error.sourceLine.isEmpty {
            lines.append(UntrustedLine.clean(error.sourceLine))
            let before = UntrustedLine.clean(String(error.sourceLine.prefix(max(0, error.column - 1))))
            lines.append(String(repeating: " ", count: DisplayWidth.of(before)) + "^")
        }
        let note = error.note.map { $0.text(language) }
        if let fix = error.fix ?? note {
            let comment = error.fix != nil ? note.map { "   (\($0))" } ?? "" : ""
            lines.append((korean ? "고치려면: " : "fix: ") + fix + comment)
        }
        self = .usage(lines.joined(separator: "\n"))
    }
}

/// A line from a learner's file made safe to print, its indentation and inner spaces kept.
enum UntrustedLine {
    static func clean(_ text: String) -> String {
        let lead = text.prefix { $0 == " " || $0 == "\t" }.count
        let trail = text.reversed().prefix { $0 == " " || $0 == "\t" }.count
        guard lead < text.count else { return String(repeating: " ", count: text.count) }
        return String(repeating: " ", count: lead) + UntrustedText.oneLine(text, limit: 400)
            + String(repeating: " ", count: trail)
    }
}
