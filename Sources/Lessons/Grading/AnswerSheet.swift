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

    /// Decodes the fields in the order they are declared, as the synthesized decoder does; a broken answer or
    /// digest is named deterministically (see `decodingMap`).
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        quiz = try container.decode(String.self, forKey: .quiz)
        quizSHA256 = try container.decode(String.self, forKey: .quizSHA256)
        questions = try Self.decodingMap(container, .questions, of: String.self) {
            try container.decodeIfPresent([String: String].self, forKey: .questions)
        }
        learner = try container.decode(String.self, forKey: .learner)
        learnerID = try container.decodeIfPresent(String.self, forKey: .learnerID)
        email = try container.decodeIfPresent(String.self, forKey: .email)
        submittedAt = try container.decode(String.self, forKey: .submittedAt)
        answers = try Self.decodingMap(container, .answers, of: Response.self) {
            try container.decode([String: Response].self, forKey: .answers)
        }
        seal = try container.decodeIfPresent(String.self, forKey: .seal)
    }

    /// `decode()` of the object at `key`, whose error, when some of its values are broken, names the first broken
    /// member in sorted order: JSONDecoder names whichever its hash order meets first, so a sheet with two broken
    /// answers was reported with one on one run and the other on the next.
    private static func decodingMap<Map, Value: Decodable>(
        _ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys, of: Value.Type, _ decode: () throws -> Map
    ) throws -> Map {
        do {
            return try decode()
        } catch {
            guard let members = try? container.nestedContainer(keyedBy: MemberKey.self, forKey: key) else {
                throw error
            }
            for member in members.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                _ = try members.decode(Value.self, forKey: member)
            }
            throw error
        }
    }

    /// A member of a sheet's `answers` or `questions`.
    private struct MemberKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
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
