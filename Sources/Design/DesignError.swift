import LabText

/// A mistake in a design file: where it is, what is wrong, and the line that would fix it.
///
/// The shell prints it like a compiler error (`FILE:LINE:COL`, the line, a caret, `fix:`).
package struct DesignError: Error, Equatable, Sendable {
    package var file: String
    /// 1-based line and column (columns count characters).
    package var line: Int
    package var column: Int
    /// The offending line as written (empty when the whole file is at fault).
    package var sourceLine: String
    package var message: Localized
    /// A line that would fix the mistake, when there is one.
    package var fix: String?
    /// What the fix means, or the choices there are, in both languages (printed after the fix, or alone).
    package var note: Localized?
    /// A mistyped name and the names it could have been (the shell suggests the closest).
    package var word: String?
    package var candidates: [String] = []

    package init(
        file: String, line: Int, column: Int, sourceLine: String, message: Localized, fix: String? = nil,
        note: Localized? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
        self.message = message
        self.fix = fix
        self.note = note
    }
}

extension DesignError {
    /// Records the mistyped word and what it could have been, for a "did you mean" hint.
    mutating func suggest(_ word: String, among candidates: [String]) {
        self.word = word
        self.candidates = candidates
    }
}
