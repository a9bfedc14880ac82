/// Every sheet of a grading run: the graded ones sorted by learner, the rejected ones with their reasons.
package struct Gradebook: Sendable, Hashable {
    package var key: Quiz
    package var keyPath: String
    package var sheets: [GradedSheet]
    /// `(path, reason)` of the sheets that could not be graded, in path order.
    package var rejected: [Rejection]

    /// A sheet that could not be graded.
    package struct Rejection: Sendable, Hashable {
        package var path: String
        package var reason: String
    }

    /// Folder entries that were not read, with why (symbolic links, non-regular files).
    package var skipped: [Rejection] = []

    /// Grades the sheets at `paths` (sorted) against `key`.
    init(key: Quiz, keyPath: String, paths: [String]) {
        self.key = key
        self.keyPath = keyPath
        var sheets: [GradedSheet] = []
        var rejected: [Rejection] = []
        for path in paths {
            do {
                sheets.append(try GradedSheet.grade(path: path, key: key))
            } catch {
                rejected.append(Rejection(path: path, reason: error.reason))
            }
        }
        self.sheets = sheets.sorted { ($0.learner, $0.path) < ($1.learner, $1.path) }
        self.rejected = rejected
    }

    /// The questions with a column in reports: every answerable question, in key order.
    package var columns: [Question] { key.answerable }

    /// `FILE: reason` and `FILE: warning: ...` lines, in path order, safe to print.
    package var diagnostics: [String] {
        var lines: [(String, String)] = (rejected + skipped).map { ($0.path, $0.reason) }
        for sheet in sheets {
            lines += sheet.warnings.map { (sheet.path, $0) }
        }
        lines += duplicateLearnerWarnings()
        return lines.sorted { $0.0 < $1.0 }.map { "\(UntrustedText.oneLine($0.0, limit: 300)): \($0.1)" }
    }

    /// One warning per learner name on more than one sheet: the count and the first few files.
    private func duplicateLearnerWarnings() -> [(String, String)] {
        let groups = Dictionary(grouping: sheets) { ShortAnswerMatcher.normalized($0.learner) }
        return groups.values.filter { $0.count > 1 }.map { group in
            let paths = group.map(\.path).sorted()
            let named = paths.prefix(3).map { UntrustedText.oneLine($0, limit: 300) }.joined(separator: ", ")
            let more = paths.count > 3 ? " and \(paths.count - 3) more" : ""
            return (paths[0], "warning: learner '\(group[0].learner)' handed in \(paths.count) sheets (\(named)\(more)); "
                + "all are graded: keep one per learner, or ask them to use their own name")
        }
    }
}
