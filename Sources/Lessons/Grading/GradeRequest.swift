/// The report formats of `scalelab grade`.
package enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case csv, json, junit, markdown
}

/// The language of labels in feedback files and the Markdown report.
package enum ReportLanguage: String, Sendable, Hashable, CaseIterable {
    case en, ko
}

/// What `scalelab grade` was asked to do.
package struct GradeRequest: Sendable, Hashable {
    /// The GIFT answer key.
    package var keyPath: String
    /// Sheet files and folders of sheets (`*.json`, symlinks and non-regular files skipped).
    package var inputs: [String]
    package var format: ReportFormat
    /// Where to write the report (never replacing a file); nil prints it.
    package var outPath: String?
    /// Where to write one feedback file per learner; nil writes none.
    package var feedbackDirectory: String?
    package var language: ReportLanguage

    package init(
        keyPath: String, inputs: [String], format: ReportFormat = .csv, outPath: String? = nil,
        feedbackDirectory: String? = nil, language: ReportLanguage = .en
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
    /// 0 every sheet graded, 1 some sheet could not be graded, 2 unusable arguments or key.
    package var exitStatus: Int32
    /// The report to print; empty when it was written to `outPath` or nothing could be graded.
    package var report: String
    /// `FILE: reason` lines (and `FILE: warning: ...`), already safe to print.
    package var diagnostics: [String]
}
