import Foundation

extension Gradebook {
    /// `FILE: reason` and `FILE: warning: ...` lines, in path order, safe to print.
    package var diagnostics: [String] {
        var lines: [(String, String)] = (rejected + skipped).map { ($0.path, $0.reason) }
        for sheet in sheets + superseded + dropped {
            lines += sheet.warnings.map { (sheet.path, $0) }
        }
        lines += superseded.map { ($0.path, "note: superseded by a later sheet of '\($0.learner)'; only the latest submitted_at counts") }
        lines += dropped.map { ($0.path, "note: late by \(Self.duration($0.lateBy ?? 0)); dropped (--late drop)") }
        lines += sheets.compactMap { sheet in
            sheet.lateBy.map { (sheet.path, "note: late by \(Self.duration($0))" + (sheet.penalty > 0 ? "; \(DecimalText.format(sheet.penalty * 100))% taken off" : "")) }
        }
        return lines.sorted { $0.0 < $1.0 }.map { "\(UntrustedText.oneLine($0.0, limit: 300)): \($0.1)" }
    }

    /// `seconds` as `2 h 5 min`, `5 min` or `40 s`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        let minutes = (whole + 59) / 60
        return minutes < 60 ? "\(minutes) min" : "\(minutes / 60) h \(minutes % 60) min"
    }
}
