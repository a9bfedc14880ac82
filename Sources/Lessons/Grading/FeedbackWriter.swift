import Foundation
import LabText

/// Writes one Markdown feedback file per learner: answers, right answers and explanations.
///
/// A file is named by `slug(for:)`, which depends on the learner alone (never on a position), so a sheet
/// added later leaves every other name as it was. Existing files are replaced only when asked.
package enum FeedbackWriter {
    /// Throws unless feedback files can be written into `directory`: a writable folder, or a new one in a writable folder.
    package static func checkWritable(_ directory: String) throws(OutputFileError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw OutputFileError(
                    path: directory,
                    reason: L(
                        en: "is a file, not a folder; choose a folder for feedback files",
                        ko: "폴더가 아니라 파일입니다. 피드백 파일을 둘 폴더를 고르십시오"))
            }
            guard access(directory, W_OK) == 0 else {
                throw OutputFileError(
                    path: directory,
                    reason: L(en: "is read-only; choose a folder you can write to", ko: "읽기 전용입니다. 쓸 수 있는 폴더를 고르십시오"))
            }
            return
        }
        try OutputFile.checkWritable(directory)
    }

    /// Writes the files into `directory` (created if missing) and returns their paths in gradebook order.
    ///
    /// When a file of this run exists already (an earlier run), nothing is written unless `replacing`.
    static func write(_ book: Gradebook, to directory: String, language: Language, replacing: Bool = false) throws
        -> [String]
    {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let labels = MarkdownLabels(language: language)
        let paths = slugs(book.sheets).map { (directory as NSString).appendingPathComponent($0 + ".md") }
        if !replacing, let taken = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw OutputFileError(
                path: taken,
                reason: L(
                    en: "already exists (feedback from an earlier run?); nothing was written: "
                        + "add --force to replace the feedback files, or choose another folder",
                    ko: "이미 있습니다 (앞서 실행한 피드백?). 아무것도 쓰지 않았습니다. "
                        + "피드백 파일을 바꾸려면 --force를 더하거나 다른 폴더를 고르십시오"), isExisting: true)
        }
        for (sheet, path) in zip(book.sheets, paths) {
            try OutputFile.write(
                Data(render(sheet, quiz: book.key.id, labels: labels).utf8), to: path, replacing: replacing)
        }
        return paths
    }

    /// The file stem of each sheet: the learner's name when it is a safe file name as it stands, else the safe part
    /// and a hash of the learner (`learner-HASH` when nothing is left); the hash is added too where two stems meet.
    package static func slugs(_ sheets: [GradedSheet]) -> [String] {
        let plain = sheets.map { sheet in
            let hash = hashNumber(sheet.identity)
            let stem = SafeFileName.stem(for: sheet.learner, sequence: hash)
            return stem == sheet.learner || stem == "learner-\(hash)" ? stem : "\(stem.prefix(52))-\(hash)"
        }
        let counts = Dictionary(plain.map { ($0.lowercased(), 1) }, uniquingKeysWith: +)
        return zip(sheets, plain).map { sheet, stem in
            counts[stem.lowercased(), default: 0] > 1
                ? "\(stem.prefix(52))-\(hashNumber(sheet.identity + sheet.path))" : stem
        }
    }

    private static func hashNumber(_ text: String) -> Int {
        Int(SHA256.digest(of: Array(text.utf8)).prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
    }

    /// The feedback text of one sheet.
    static func render(_ sheet: GradedSheet, quiz: String, labels: MarkdownLabels) -> String {
        var lines = [
            "# \(MarkdownReport.cell(quiz)): \(labels.feedbackTitle), \(MarkdownReport.cell(sheet.learner))", "",
            "\(labels.score): \(DecimalText.format(sheet.points)) / \(DecimalText.format(sheet.maxPoints)) (\(DecimalText.format(sheet.percent, digits: 1))%)"
        ]
        for (number, item) in sheet.items.enumerated() {
            lines += [
                "", "## \(number + 1). \(MarkdownReport.cell(item.question.id))", "",
                UntrustedText.multiLine(item.question.text), ""
            ]
            lines += details(item, labels)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func details(_ item: GradedSheet.GradedItem, _ labels: MarkdownLabels) -> [String] {
        let answer: String
        if case .text(let text)? = item.response, item.question.kind == .essay {
            answer =
                "\n\n"
                + UntrustedText.multiLine(text).split(separator: "\n", omittingEmptySubsequences: false).map {
                    "    " + $0
                }.joined(separator: "\n") + "\n"
        } else {
            answer = item.response.map { MarkdownReport.cell($0.displayText) } ?? labels.noAnswer
        }
        let score = item.score
        var lines = [
            "- \(labels.yourAnswer): \(answer)",
            "- \(labels.rightAnswer): \(MarkdownReport.cell(score.rightAnswer))",
            "- \(labels.result): \(score.verdict.rawValue) (\(DecimalText.format(score.points)) / \(DecimalText.format(score.maxPoints)))"
                + (item.isMarked ? ", \(labels.marked)" : "")
        ]
        lines += score.feedback.map { "- \(labels.feedback): \(UntrustedText.multiLine($0))" }
        let label = item.question.kind == .essay ? labels.modelAnswer : labels.explanation
        lines += [item.question.generalFeedback].compactMap { $0 }.map { "- \(label): \(UntrustedText.multiLine($0))" }
        return lines
    }
}

private typealias L = Localized
