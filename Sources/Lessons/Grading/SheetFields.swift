import Foundation

/// The top-level fields of a sheet as `SheetReader` reads them, each at most once.
struct SheetFields {
    var format, quiz, quizSHA256, learner, submittedAt: String?
    var questions: [String: String]?
    var learnerID, email, seal: String?
    var answers: [String: Response]?

    /// A top-level member of a sheet, known by its name's bytes.
    enum Field: CaseIterable {
        case format, quiz, quizSHA256, learner, submittedAt, learnerID, email, seal, questions, answers

        /// The field named `bytes` (nil: no field of a sheet).
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            // NB: matched as bytes, not made a String first and compared with each name (9% of grading a sheet).
            guard let field = Self.allCases.first(where: { $0.name.matches(bytes) }) else { return nil }
            self = field
        }

        var name: StaticString {
            switch self {
            case .format: "format"
            case .quiz: "quiz"
            case .quizSHA256: "quiz_sha256"
            case .learner: "learner"
            case .submittedAt: "submitted_at"
            case .learnerID: "learner_id"
            case .email: "email"
            case .seal: "seal"
            case .questions: "questions"
            case .answers: "answers"
            }
        }
    }

    /// Reads the value of `field` (`reader` at it); false for a field seen before or a value of another shape.
    mutating func read(_ field: Field, from reader: inout SheetReader) -> Bool {
        switch field {
        case .format: Self.once(&format, reader.text())
        case .quiz: Self.once(&quiz, reader.text())
        case .quizSHA256: Self.once(&quizSHA256, reader.text())
        case .learner: Self.once(&learner, reader.text())
        case .submittedAt: Self.once(&submittedAt, reader.text())
        case .learnerID: Self.once(&learnerID, reader.text())
        case .email: Self.once(&email, reader.text())
        case .seal: Self.once(&seal, reader.text())
        case .questions: Self.once(&questions, reader.strings(reserving: Self.expectedQuestions))
        case .answers: Self.once(&answers, Self.answers(&reader))
        }
    }

    /// The sheet, nil when a field it must have is missing.
    var sheet: AnswerSheet? {
        guard let format, let quiz, let quizSHA256, let learner, let submittedAt, let answers else { return nil }
        return AnswerSheet(
            format: format, quiz: quiz, quizSHA256: quizSHA256, questions: questions, learner: learner,
            learnerID: learnerID, email: email, submittedAt: submittedAt, answers: answers, seal: seal)
    }

    /// Room made at first in `answers` and `questions`: growing a dictionary from empty rehashes it five times.
    private static let expectedQuestions = 64

    /// Sets `field` to `value`; false when it was set already or `value` is nil.
    private static func once<Value>(_ field: inout Value?, _ value: Value?) -> Bool {
        guard field == nil, let value else { return false }
        field = value
        return true
    }

    private static func answers(_ reader: inout SheetReader) -> [String: Response]? {
        var answers: [String: Response] = [:]
        answers.reserveCapacity(expectedQuestions)
        let read = reader.object { reader, id in
            guard let response = reader.response() else { return false }
            return answers.updateValue(response, forKey: id) == nil
        }
        return read ? answers : nil
    }
}

extension StaticString {
    /// True when `bytes` are this string's UTF-8.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount).hasSameBytes(as: bytes)
    }
}

extension AnswerSheet {
    /// A sheet with every field as read.
    init(
        format: String, quiz: String, quizSHA256: String, questions: [String: String]?, learner: String,
        learnerID: String?, email: String?, submittedAt: String, answers: [String: Response], seal: String?
    ) {
        self.format = format
        self.quiz = quiz
        self.quizSHA256 = quizSHA256
        self.questions = questions
        self.learner = learner
        self.learnerID = learnerID
        self.email = email
        self.submittedAt = submittedAt
        self.answers = answers
        self.seal = seal
    }
}
