import Foundation
import LabText

extension Gradebook {
    /// `FILE: reason` and `FILE: warning: ...` lines, in path order, safe to print, in `language`.
    package func diagnostics(language: Language = .en) -> [String] {
        var lines: [(String, Localized)] = (rejected + skipped).map { ($0.path, $0.message) }
        for sheet in sheets + superseded + dropped {
            lines += sheet.warnings.map { (sheet.path, $0) }
        }
        lines += resubmissionNotes()
        lines += dropped.map { ($0.path, Self.lateNote($0.lateBy ?? 0, penalty: 0, dropped: true)) }
        lines += sheets.compactMap { sheet in
            sheet.lateBy.map { (sheet.path, Self.lateNote($0, penalty: sheet.penalty)) }
        }
        return lines.sorted { $0.0 < $1.0 }.map { "\(UntrustedText.oneLine($0.0, limit: 300)): \($0.1.text(language))" }
    }

    /// The note of a late sheet: dropped, or counted with the share taken off when the policy penalises.
    private static func lateNote(_ seconds: Double, penalty: Double, dropped: Bool = false) -> Localized {
        let (en, ko) = (duration(seconds), koreanDuration(seconds))
        if dropped {
            return Localized(en: "note: late by \(en); dropped (--late drop)", ko: "참고: \(ko) 늦음. 뺐습니다 (--late drop)")
        }
        guard penalty > 0 else { return Localized(en: "note: late by \(en)", ko: "참고: \(ko) 늦음") }
        let share = DecimalText.format(penalty * 100)
        return Localized(en: "note: late by \(en); \(share)% taken off", ko: "참고: \(ko) 늦음. \(share)% 감점")
    }

    /// One note per learner who handed in more than one sheet: which counts, and the first few that do not.
    private func resubmissionNotes() -> [(String, Localized)] {
        let groups = Dictionary(grouping: superseded, by: \.identity)
        return groups.keys.sorted().compactMap { identity in
            guard let older = groups[identity], let latest = sheets.first(where: { $0.identity == identity }) else {
                return nil
            }
            let paths = older.map(\.path).sorted()
            let named = paths.prefix(3).map { UntrustedText.oneLine($0, limit: 300) }.joined(separator: ", ")
            let (count, rest) = (paths.count + 1, paths.count - 3)
            let counted =
                "\(UntrustedText.oneLine(latest.path, limit: 300)), \(AnswerSheet.timestamp(latest.submittedAt))"
            return (
                paths[0],
                Localized(
                    en:
                        "note: learner '\(latest.learner)' handed in \(count) sheets; only the latest by submitted_at counts "
                        + "(\(counted)); not counted: \(named)\(rest > 0 ? " and \(rest) more" : "")",
                    ko: "참고: 학습자 '\(latest.learner)'이(가) 답안지를 \(count)장 냈습니다. submitted_at이 가장 늦은 것만 셉니다 "
                        + "(\(counted)). 세지 않은 것: \(named)\(rest > 0 ? " 외 \(rest)장" : "")")
            )
        }
    }

    /// `seconds` as `2 h 5 min`, `5 min` or `40 s`.
    static func duration(_ seconds: Double) -> String {
        let (whole, minutes) = durationParts(seconds)
        if whole < 60 { return "\(whole) s" }
        return minutes < 60 ? "\(minutes) min" : "\(minutes / 60) h \(minutes % 60) min"
    }

    /// `duration(_:)` in Korean units (초, 분, 시간).
    private static func koreanDuration(_ seconds: Double) -> String {
        let (whole, minutes) = durationParts(seconds)
        if whole < 60 { return "\(whole)초" }
        return minutes < 60 ? "\(minutes)분" : "\(minutes / 60)시간 \(minutes % 60)분"
    }

    /// Whole seconds (rounded up) and whole minutes (rounded up).
    private static func durationParts(_ seconds: Double) -> (Int, Int) {
        let whole = Int(seconds.rounded(.up))
        return (whole, (whole + 59) / 60)
    }
}
