import Design
import Foundation
import LabText
import Lessons

/// `grade --challenge ... --feedback DIR`: one Markdown file per learner's design, with each
/// requirement, the value measured and what to change, named as quiz feedback files are.
struct ChallengeFeedback {
    /// One learner's design: graded (its rows) or rejected (why).
    struct Entry {
        var sheet: GradedSheet
        var rows: [DesignCheck.Row]
        var problem: String?
    }

    let challenge: Challenge
    let language: Language

    /// Writes a file per entry into `directory` (created if missing); when one exists already nothing
    /// is written unless `replacing`, as for quiz feedback. Returns the paths written.
    func write(_ entries: [Entry], to directory: String, replacing: Bool) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let paths = FeedbackWriter.slugs(entries.map(\.sheet)).map {
            (directory as NSString).appendingPathComponent($0 + ".md")
        }
        for path in paths { try OutputFile.checkWritable(path, replacing: replacing) }  // before writing any
        for (entry, path) in zip(entries, paths) {
            try OutputFile.write(Data(render(entry).utf8), to: path, replacing: replacing)
        }
        return paths
    }

    /// The feedback text of one design.
    func render(_ entry: Entry) -> String {
        let title = MarkdownReport.cell(challenge.title.text(language))
        var lines = [
            "# \(title): \(text(en: "feedback", ko: "피드백")), \(MarkdownReport.cell(entry.sheet.learner))", "",
            "- \(text(en: "design", ko: "설계")): `\(MarkdownReport.cell(entry.sheet.path))`",
            "- \(text(en: "challenge", ko: "도전 과제")): `\(MarkdownReport.cell(challenge.file))` "
                + "(sha256 \(challenge.sha256.prefix(12)))"
        ]
        if let problem = entry.problem {
            lines += ["", text(en: "Not graded: the design does not run.", ko: "채점하지 못했습니다: 설계가 실행되지 않습니다."), ""]
            lines.append("    " + UntrustedText.oneLine(problem, limit: 500))
            return lines.joined(separator: "\n") + "\n"
        }
        let met = entry.rows.filter(\.met).count
        lines.append(
            "- \(text(en: "score", ko: "점수")): \(met) / \(entry.rows.count) "
                + "(\(DecimalText.format(entry.rows.isEmpty ? 0 : Double(met) * 100 / Double(entry.rows.count), digits: 1))%)"
        )
        lines += ["", table(entry.rows)]
        let missed = entry.rows.enumerated().filter { !$0.element.met }
        guard !missed.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines += ["", "## " + text(en: "What to change", ko: "고칠 점"), ""]
        lines += missed.map { number, row in
            let hint =
                row.hint.map { UntrustedText.oneLine($0.text(language), limit: 500) }
                ?? text(
                    en: "run `design check` on the design and look at this metric",
                    ko: "설계에 `design check`를 실행해 이 지표를 살펴보세요")
            return "- r\(number + 1) \(MarkdownReport.cell(row.requirement)) (\(MarkdownReport.cell(row.run)), "
                + "\(text(en: "measured", ko: "측정값")) \(row.measured)): \(hint)"
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func table(_ rows: [DesignCheck.Row]) -> String {
        let header = [
            "#", text(en: "run", ko: "실행"), text(en: "requirement", ko: "요구"), text(en: "measured", ko: "측정값"),
            text(en: "result", ko: "결과")
        ]
        let body = rows.enumerated().map { number, row in
            [
                "r\(number + 1)", MarkdownReport.cell(row.run), MarkdownReport.cell(row.requirement), row.measured,
                row.met ? text(en: "met", ko: "충족") : text(en: "NOT MET", ko: "미충족")
            ]
        }
        return ([header, Array(repeating: "---", count: header.count)] + body)
            .map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }

    private func text(en: String, ko: String) -> String { language == .ko ? ko : en }
}
