import LabText

/// Every sheet of a grading run: the counted ones sorted by learner, and those left out with why.
///
/// Build one from sheets in memory with `init(key:keyPath:submissions:rejected:options:)` (what the live
/// workshop does) and write it with `Grader.write(_:format:language:to:)`.
package struct Gradebook: Sendable, Hashable {
    package var key: Quiz
    package var keyPath: String
    /// The sheets that count: one per learner (the latest), late ones only if the policy keeps them.
    package var sheets: [GradedSheet]
    /// Older sheets of a learner who handed in again, in path order.
    package var superseded: [GradedSheet] = []
    /// Late sheets left out by `LatePolicy.drop`, in path order.
    package var dropped: [GradedSheet] = []
    /// `(path, reason)` of the sheets that could not be graded, in path order.
    package var rejected: [Rejection]
    /// Folder entries that were not read, with why (symbolic links, other files).
    package var skipped: [Rejection] = []
    /// Questions of the key that differ from what some sheets were answered on, or from `--previous-key`.
    package var changes: [KeyChange] = []
    /// How many counted sheets score differently than with the previous key (nil: no previous key given).
    package var movedScores: Int?
    package var options: GradingOptions

    /// A sheet that could not be graded, or a folder entry that was not read.
    package struct Rejection: Sendable, Hashable {
        package var path: String
        /// Why, in English and Korean.
        package var message: Localized
        /// Why, in English (the JSON report's `reason`).
        package var reason: String { message.en }

        package init(path: String, message: Localized) {
            self.path = path
            self.message = message
        }

        /// A rejection worded in one language only (a design's problem).
        package init(path: String, reason: String) {
            self.init(path: path, message: Localized(verbatim: reason))
        }
    }

    /// A sheet to grade and where it came from (a file path, or any label such as a workshop seat).
    package struct Submission: Sendable, Hashable {
        package var path: String
        package var sheet: AnswerSheet

        package init(path: String, sheet: AnswerSheet) {
            self.path = path
            self.sheet = sheet
        }
    }

    /// Grades `submissions` against `key` and applies `options`: deadline, resubmissions, marks, previous key.
    ///
    /// Sheets that fail their checks join `rejected`; a marks file that names an unknown learner or question,
    /// or points out of range, throws every such line.
    package init(
        key: Quiz, keyPath: String, submissions: [Submission], rejected: [Rejection] = [],
        options: GradingOptions = GradingOptions()
    ) throws(MarkProblems) {
        let scorer = SheetScorer(key: GradingKey(key), previous: options.previousKey.map(GradingKey.init))
        let results = ScoredSheet.all(submissions.count, scorer: scorer, path: { submissions[$0].path }) {
            scorer, index throws(SheetProblem) in
            try scorer.score(submissions[index].sheet, path: submissions[index].path)
        }
        try self.init(key: key, keyPath: keyPath, scored: results, rejected: rejected, options: options)
    }

    /// The gradebook of sheets graded already (`ScoredSheet`), with `options` applied.
    init(
        key: Quiz, keyPath: String,
        scored results: consuming [(path: String, result: Result<ScoredSheet, SheetProblem>)],
        rejected: [Rejection], options: GradingOptions
    ) throws(MarkProblems) {
        self.key = key
        self.keyPath = keyPath
        self.options = options
        var graded: [GradedSheet] = []
        graded.reserveCapacity(results.count)
        var moved: [String: [Int]?] = [:]
        var rejected = rejected
        for (path, result) in results {
            switch result {
            case .success(let scored):
                graded.append(scored.sheet)
                if options.previousKey != nil, moved[path] == nil { moved[path] = .some(scored.movedColumns) }
            case .failure(let problem): rejected.append(Rejection(path: path, message: problem.message))
            }
        }
        self.rejected = rejected.sorted { $0.path < $1.path }
        sheets = []
        applyDeadline(&graded)
        try Marks.apply(options.marks, to: &sheets, key: key)
        sheets.sort { ($0.learner, $0.path) < ($1.learner, $1.path) }
        changes = KeyChange.changes(in: sheets, key: key, previous: options.previousKey)
        movedScores = options.previousKey.map { _ in movedCount(movedColumns: moved) }
    }

    /// The questions with a column in reports: every answerable question, in key order.
    package var columns: [Question] { key.answerable }
}
