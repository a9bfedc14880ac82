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
        var lines: [(String, String)] = rejected.map { ($0.path, $0.reason) }
        for sheet in sheets {
            lines += sheet.warnings.map { (sheet.path, $0) }
        }
        lines += duplicateLearnerWarnings()
        return lines.sorted { $0.0 < $1.0 }.map { "\(UntrustedText.oneLine($0.0, limit: 300)): \($0.1)" }
    }

    private func duplicateLearnerWarnings() -> [(String, String)] {
        let groups = Dictionary(grouping: sheets) { ShortAnswerMatcher.normalized($0.learner) }
        return groups.values.filter { $0.count > 1 }.flatMap { group in
            group.map { sheet in
                let others = group.filter { $0.path != sheet.path }.map { UntrustedText.oneLine($0.path, limit: 300) }.sorted()
                return (sheet.path, "warning: learner '\(sheet.learner)' also handed in \(others.joined(separator: ", "))")
            }
        }
    }
}
