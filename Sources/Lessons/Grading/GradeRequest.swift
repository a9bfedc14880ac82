import Foundation
import LabText

/// The report formats of `scalelab grade`.
package enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case csv, json, junit, markdown
}

/// What `scalelab grade` was asked to do.
package struct GradeRequest: Sendable, Hashable {
    /// The GIFT answer key.
    package var keyPath: String
    /// Sheet files and folders of sheets (`*.json`, subfolders scanned, symlinks and other files skipped).
    package var inputs: [String]
    package var format: ReportFormat
    /// Where to write the report; nil prints it.
    package var outPath: String?
    /// Where to write one feedback file per learner; nil writes none.
    package var feedbackDirectory: String?
    package var language: Language
    /// The key the sheets were graded with before (`--previous-key`): the report counts the scores that moved.
    package var previousKeyPath: String?
    /// Manual marks to merge (`--marks`).
    package var marksPath: String?
    /// Where to write a marks template instead of a report (`--marks-template`).
    package var marksTemplatePath: String?
    package var deadline: Date?
    package var latePolicy: LatePolicy = .keep
    /// Show what grading would do (changes, moved scores, counts) and write nothing.
    package var dryRun = false
    /// Print a terminal summary (scores and questions as bar charts) on standard output instead of the report.
    package var summary = false
    /// Start the CSV with a UTF-8 byte order mark, so Excel and LibreOffice read Hangul right.
    package var excel = false
    /// Replace an existing `--out` file and feedback files.
    package var force = false

    package init(
        keyPath: String, inputs: [String], format: ReportFormat = .csv, outPath: String? = nil,
        feedbackDirectory: String? = nil, language: Language = .en
    ) {
        self.keyPath = keyPath
        self.inputs = inputs
        self.format = format
        self.outPath = outPath
        self.feedbackDirectory = feedbackDirectory
        self.language = language
    }
}

/// What grading produced: the exit status, the report for standard output and the lines for standard error.
package struct GradeOutcome: Sendable, Hashable {
    /// 0 every sheet graded, 1 some sheet could not be graded, 2 unusable arguments, key or marks.
    package var exitStatus: Int32
    /// The report (or summary) to print; empty when it was written to `outPath` or nothing could be graded.
    package var report: String
    /// `FILE: reason` lines (and `FILE: warning: ...`), already safe to print.
    package var diagnostics: [String]
    /// How many sheets were counted, so a caller can tell "some rejected" from "all rejected".
    package var graded = 0
    /// How many feedback files were written, so a failure after them does not claim nothing was written.
    package var feedbackFiles = 0
}
