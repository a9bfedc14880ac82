/// The top-level fields of a sheet as `SheetReader` reads them, each at most once.
struct SheetFields {
    var format, quiz, quizSHA256, learner, submittedAt: String?
    var questions: [String: String]?
    var learnerID, email, seal: String?
    var answers: [String: Response]?

    /// Reads the value of the member `key` (`reader` at it); false for an unknown key, one seen before, or a value
    /// of another shape.
    mutating func read(_ key: String, from reader: inout SheetReader) -> Bool {
        switch key {
        case "format": Self.once(&format, reader.text())
        case "quiz": Self.once(&quiz, reader.text())
        case "quiz_sha256": Self.once(&quizSHA256, reader.text())
        case "learner": Self.once(&learner, reader.text())
        case "submitted_at": Self.once(&submittedAt, reader.text())
        case "learner_id": Self.once(&learnerID, reader.text())
        case "email": Self.once(&email, reader.text())
        case "seal": Self.once(&seal, reader.text())
        case "questions": Self.once(&questions, reader.strings(reserving: Self.expectedQuestions))
        case "answers": Self.once(&answers, Self.answers(&reader))
        default: false
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
