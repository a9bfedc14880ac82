import Foundation
import Lessons

/// The answers of a quiz stopped before its end, kept in the state folder until `quiz` resumes them.
///
/// A draft is an answer sheet in `STATE/drafts/QUIZ--LEARNER-DIGEST.json`; it is removed once the quiz is finished.
struct QuizDraft {
    let path: String

    init(quiz: Quiz, learner: String, statePath: String) {
        let stem = SafeFileName.stem(for: learner, sequence: 0)
        let tag = SHA256.hex(of: Array("\(quiz.sha256)\u{0}\(learner)".utf8)).prefix(12)
        path = statePath + "/drafts/\(SafeFileName.stem(for: quiz.id, sequence: 0))--\(stem)-\(tag).json"
    }

    /// The answers kept for this quiz and learner, or nil when there is no usable draft.
    func load(for quiz: Quiz) -> [String: Response]? {
        guard let data = FileManager.default.contents(atPath: path),
            let (sheet, _) = try? AnswerSheet.validated(data, key: quiz), !sheet.answers.isEmpty
        else { return nil }
        return sheet.answers
    }

    /// Saves `sheet` over any earlier draft.
    func save(_ sheet: AnswerSheet) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try sheet.write(to: path, force: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
