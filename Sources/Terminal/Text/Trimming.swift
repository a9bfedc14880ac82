extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    ///
    /// NB: pure Swift. Foundation's `trimmingCharacters(in:)` goes through `NSString` and UTF-16
    /// on Linux: it was two thirds of the REPL's start (callgrind, loading the course).
    package func trimmingSpaces() -> String {
        trimming { $0 == " " || $0 == "\t" }
    }

    /// The text without leading and trailing line breaks.
    package func trimmingNewlines() -> String {
        trimming(\.isNewline)
    }

    private func trimming(_ drop: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
