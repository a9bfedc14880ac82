import Foundation

/// A learner's answers to one quiz, as saved in `SHEET.json`.
///
/// `{"format": "scalelab-answers/2", "quiz": ID, "quiz_sha256": DIGEST, "questions": {QUESTION_ID: DIGEST},
/// "learner": NAME, "learner_id": ID?, "email": ADDRESS?, "submitted_at": ISO8601,
/// "answers": {QUESTION_ID: RESPONSE}, "seal": DIGEST}`
///
/// `questions` holds `QuizPaper.digest(of:)` of each question the learner was shown, so a key fixed
/// later regrades question by question. `seal` is the SHA-256 of everything else: it shows a sheet
/// edited by hand, not one rewritten by a learner who recomputes it (see the README).
/// Version 1 sheets (no `questions`, no `seal`) are still read.
package struct AnswerSheet: Sendable, Hashable, Codable {
    /// The version written in `format`.
    package static let formatVersion = "scalelab-answers/2"
    /// The first version: one digest for the whole quiz.
    package static let firstVersion = "scalelab-answers/1"

    package var format: String
    package var quiz: String
    package var quizSHA256: String
    /// The digest of each question as the learner saw it; nil in version 1 sheets.
    package var questions: [String: String]?
    package var learner: String
    /// The learner's id in a course (a student number), when known.
    package var learnerID: String?
    package var email: String?
    package var submittedAt: String
    package var answers: [String: Response]
    /// SHA-256 of the sheet without its seal; nil in version 1 sheets.
    package var seal: String?

    enum CodingKeys: String, CodingKey {
        case format, quiz
        case quizSHA256 = "quiz_sha256"
        case questions, learner
        case learnerID = "learner_id"
        case email
        case submittedAt = "submitted_at"
        case answers, seal
    }

    /// A sealed sheet for `quiz` (its id and digests, which a paper takes from its key), stamped with `submittedAt`.
    package init(
        quiz: Quiz, learner: String, learnerID: String? = nil, email: String? = nil,
        submittedAt: Date, answers: [String: Response]
    ) {
        format = Self.formatVersion
        self.quiz = quiz.id
        quizSHA256 = quiz.sha256
        questions = quiz.questionDigests
        self.learner = learner
        self.learnerID = learnerID
        self.email = email
        self.submittedAt = Self.timestamp(submittedAt)
        self.answers = answers
        seal = computedSeal
    }

    /// `date` as ISO 8601 in UTC, such as `2025-03-01T09:30:00Z`.
    package static func timestamp(_ date: Date) -> String {
        SheetTime.text(date)
    }

    /// The seal this sheet should carry: SHA-256 of its compact sorted-key JSON without the seal.
    package var computedSeal: String {
        var unsealed = self
        unsealed.seal = nil
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return SHA256.hex(of: (try? encoder.encode(unsealed)) ?? Data())
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
