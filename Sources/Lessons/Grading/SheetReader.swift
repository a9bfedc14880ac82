import Foundation

/// A fast reader of plain answer sheets, straight from the bytes.
///
/// It reads only what `JSONDecoder` reads the same way: anything else (a `null`, an unknown or repeated
/// field, a byte order mark, deep nesting, a number out of range, broken UTF-8) gives nil, and then
/// `JSONDecoder` reads the sheet and words the problem. `FuzzSheet` checks that the two agree.
package struct SheetReader {
    // NB: JSONDecoder took about a third of grading a 40-question sheet; this takes a few per cent.
    private enum Value {
        case string(String)
        case number(Double)
        case bool(Bool)
        case array([Value])
        case object([String: Value])
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    /// The sheet in `data`, or nil when it is anything but a plain sheet.
    package static func sheet(_ data: Data) -> AnswerSheet? {
        data.withUnsafeBytes { raw in
            var reader = SheetReader(bytes: raw.bindMemory(to: UInt8.self))
            guard case .object(let fields)? = reader.value(depth: 0) else { return nil }
            reader.skipSpace()
            return reader.index == reader.bytes.count ? sheet(fields) : nil
        }
    }

    private static func sheet(_ fields: [String: Value]) -> AnswerSheet? {
        let known: Set<String> = [
            "format", "quiz", "quiz_sha256", "questions", "learner", "learner_id", "email", "submitted_at", "answers",
            "seal"
        ]
        guard fields.keys.allSatisfy(known.contains), case .string(let format)? = fields["format"],
            case .string(let quiz)? = fields["quiz"], case .string(let digest)? = fields["quiz_sha256"],
            case .string(let learner)? = fields["learner"], case .string(let time)? = fields["submitted_at"],
            case .object(let given)? = fields["answers"]
        else { return nil }
        guard let questions = optional(fields["questions"], strings),
            let learnerID = optional(fields["learner_id"], text),
            let email = optional(fields["email"], text), let seal = optional(fields["seal"], text)
        else { return nil }
        var answers: [String: Response] = [:]
        answers.reserveCapacity(given.count)
        for (id, value) in given {
            guard let response = response(value) else { return nil }
            answers[id] = response
        }
        return AnswerSheet(
            format: format, quiz: quiz, quizSHA256: digest, questions: questions, learner: learner,
            learnerID: learnerID, email: email, submittedAt: time, answers: answers, seal: seal)
    }

    /// `.some(nil)` when the field is absent, `.some(value)` when it reads, nil when it is there but does not.
    private static func optional<T>(_ value: Value?, _ read: (Value) -> T?) -> T?? {
        guard let value else { return .some(nil) }
        return read(value).map { .some($0) }
    }

    private static func text(_ value: Value) -> String? {
        if case .string(let text) = value { return text }
        return nil
    }

    private static func strings(_ value: Value) -> [String: String]? {
        guard case .object(let fields) = value else { return nil }
        var result: [String: String] = [:]
        result.reserveCapacity(fields.count)
        for (key, field) in fields {
            guard case .string(let text) = field else { return nil }
            result[key] = text
        }
        return result
    }

    /// The response as `Response`'s decoder reads it: true/false, a number, a string, strings, an object of strings.
    private static func response(_ value: Value) -> Response? {
        switch value {
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .number(number)
        case .string(let text): return .text(text)
        case .array(let items):
            let texts = items.compactMap(text)
            return texts.count == items.count ? .texts(texts) : nil
        case .object: return strings(value).map(Response.pairs)
        }
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func value(depth: Int) -> Value? {
        skipSpace()
        guard index < bytes.count, depth < 4 else { return nil }
        switch bytes[index] {
        case 0x22: return string().map(Value.string)
        case 0x7B: return object(depth: depth)
        case 0x5B: return array(depth: depth)
        case 0x74: return word("true") ? .bool(true) : nil
        case 0x66: return word("false") ? .bool(false) : nil
        default: return number().map(Value.number)
        }
    }

    private mutating func object(depth: Int) -> Value? {
        index += 1
        var fields: [String: Value] = [:]
        skipSpace()
        if index < bytes.count, bytes[index] == 0x7D {
            index += 1
            return .object(fields)
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x22, let key = string(), fields[key] == nil else { return nil }
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x3A else { return nil }
            index += 1
            guard let field = value(depth: depth + 1) else { return nil }
            fields[key] = field
            guard let close = separator(close: 0x7D) else { return nil }
            if close { return .object(fields) }
        }
    }

    private mutating func array(depth: Int) -> Value? {
        index += 1
        var items: [Value] = []
        skipSpace()
        if index < bytes.count, bytes[index] == 0x5D {
            index += 1
            return .array(items)
        }
        while true {
            guard let item = value(depth: depth + 1) else { return nil }
            items.append(item)
            guard let close = separator(close: 0x5D) else { return nil }
            if close { return .array(items) }
        }
    }

    /// After a member: true at the closing bracket, false at a comma, nil at anything else.
    private mutating func separator(close: UInt8) -> Bool? {
        skipSpace()
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        index += 1
        return byte == close ? true : byte == 0x2C ? false : nil
    }

    private mutating func word(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count,
            UnsafeBufferPointer(start: text.utf8Start, count: count).elementsEqual(bytes[index..<(index + count)])
        else { return false }
        index += count
        return true
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
