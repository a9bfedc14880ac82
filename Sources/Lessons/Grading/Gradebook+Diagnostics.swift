import Foundation
import LabText

extension Gradebook {
    /// `FILE: reason` and `FILE: warning: ...` lines, in path order, safe to print; why a sheet was rejected or
    /// skipped is in `language`.
    package func diagnostics(language: Language = .en) -> [String] {
        var lines: [(String, String)] = (rejected + skipped).map { ($0.path, $0.message.text(language)) }
        for sheet in sheets + superseded + dropped {
            lines += sheet.warnings.map { (sheet.path, $0) }
        }
        lines += resubmissionNotes()
        lines += dropped.map { ($0.path, "note: late by \(Self.duration($0.lateBy ?? 0)); dropped (--late drop)") }
        lines += sheets.compactMap { sheet in
            sheet.lateBy.map {
                (
                    sheet.path,
                    "note: late by \(Self.duration($0))"
                        + (sheet.penalty > 0 ? "; \(DecimalText.format(sheet.penalty * 100))% taken off" : "")
                )
            }
        }
        return lines.sorted { $0.0 < $1.0 }.map { "\(UntrustedText.oneLine($0.0, limit: 300)): \($0.1)" }
    }

    /// One note per learner who handed in more than one sheet: which counts, and the first few that do not.
    private func resubmissionNotes() -> [(String, String)] {
        let groups = Dictionary(grouping: superseded, by: \.identity)
        return groups.keys.sorted().compactMap { identity in
            guard let older = groups[identity], let latest = sheets.first(where: { $0.identity == identity }) else {
                return nil
            }
            let paths = older.map(\.path).sorted()
            let named = paths.prefix(3).map { UntrustedText.oneLine($0, limit: 300) }.joined(separator: ", ")
            let more = paths.count > 3 ? " and \(paths.count - 3) more" : ""
            return (
                paths[0],
                "note: learner '\(latest.learner)' handed in \(paths.count + 1) sheets; only the latest by submitted_at counts "
                    + "(\(UntrustedText.oneLine(latest.path, limit: 300)), \(AnswerSheet.timestamp(latest.submittedAt))); not counted: \(named)\(more)"
            )
        }
    }

    /// `seconds` as `2 h 5 min`, `5 min` or `40 s`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        let minutes = (whole + 59) / 60
        return minutes < 60 ? "\(minutes) min" : "\(minutes / 60) h \(minutes % 60) min"
    }
}
