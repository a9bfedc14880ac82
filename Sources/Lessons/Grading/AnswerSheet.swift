import Foundation

/// A learner's answers to one quiz, as saved in `SHEET.json`.
///
/// `{"format": "scalelab-answers/1", "quiz": ID, "quiz_sha256": DIGEST, "learner": NAME,
/// "submitted_at": ISO8601, "answers": {QUESTION_ID: RESPONSE}}`
package struct AnswerSheet: Sendable, Hashable, Codable {
    /// The version written in `format`.
    package static let formatVersion = "scalelab-answers/1"

    package var format: String
    package var quiz: String
    package var quizSHA256: String
    package var learner: String
    package var submittedAt: String
    package var answers: [String: Response]

    enum CodingKeys: String, CodingKey {
        case format, quiz, quizSHA256 = "quiz_sha256", learner, submittedAt = "submitted_at", answers
    }

    /// A sheet for `quiz` (its id and digest, which a paper takes from its key), stamped with `submittedAt`.
    package init(quiz: Quiz, learner: String, submittedAt: Date, answers: [String: Response]) {
        format = Self.formatVersion
        self.quiz = quiz.id
        quizSHA256 = quiz.sha256
        self.learner = learner
        self.submittedAt = Self.timestamp(submittedAt)
        self.answers = answers
    }

    /// `date` as ISO 8601 in UTC, such as `2025-03-01T09:30:00Z`.
    package static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// The sheet as pretty JSON with sorted keys.
    package func encoded() -> Data {
        InertJSON.encode(self)
    }

    /// Saves the sheet to `path` atomically; an existing file is an error unless `force`.
    package func write(to path: String, force: Bool = false) throws {
        try OutputFile.write(encoded(), to: path, replacing: force)
    }
}
