import Foundation
import LabText

/// Grades a sheet written for the key as it stands straight from its bytes: the usual sheet of a workshop.
///
/// "Clean" means: format version 2, the key's quiz digest, a `questions` object holding exactly the key's digests,
/// answers only to answerable questions of the key, each of the type its question takes, a learner, an ISO 8601 time,
/// and a seal that matches the file (`SheetSeal.fileOrderDigest`), all with keys in the byte order `quiz` writes them.
/// Such a sheet has no warnings and no changed question, so its ids and digests are matched against the key's bytes
/// in one pass instead of being read into dictionaries and looked up. Anything else gives nil and goes the general
/// way (`AnswerSheet.decoded`, `check(against:)`, `GradedSheet.grade`), which also words its problems;
/// `CleanSheetTests` and `FuzzSheet` check that both ways grade alike (`GradingKey.gradedBothWays`).
enum CleanSheet {
    // NB: reading the ids and digests of 40 questions into dictionaries and looking each up four times was about
    // 0.25 M instructions a sheet, more than half of grading one (callgrind).

    /// What the key's answerable questions are in the file's order: each one's id, digest and column, sorted by id.
    struct Layout: Sendable {
        fileprivate let questions: [Entry]
        /// The `questions` object as `quiz` writes it (pretty, the key's digests in order), and its compact form.
        fileprivate let written: [UInt8]
        fileprivate let compact: [UInt8]

        fileprivate struct Entry: Sendable {
            let id: [UInt8]
            let digest: [UInt8]
            /// The question's column among the answerable ones, in key order.
            let column: Int
            let typeName: String?
        }

        /// The layout of `quiz`, whose digests are `digests`; nil when an id or digest would be escaped in JSON, or an
        /// id is used twice (then no sheet is clean).
        init?(_ quiz: Quiz, digests: [String: String]) {
            let entries = quiz.answerable.enumerated().map { column, question in
                Entry(
                    id: Array(question.id.utf8), digest: Array((digests[question.id] ?? "").utf8), column: column,
                    typeName: question.responseTypeName)
            }
            let plain = entries.allSatisfy { entry in
                (entry.id + entry.digest).allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F }
            }
            guard plain, Set(entries.map(\.id)).count == entries.count else { return nil }
            questions = entries.sorted { $0.id.lexicographicallyPrecedes($1.id) }
            written = Self.object(questions, open: "{\n", separator: ",\n", close: "\n  }") { entry in
                Array("    \"".utf8) + entry.id + Array("\" : \"".utf8) + entry.digest + [0x22]
            }
            compact = Self.object(questions, open: "{", separator: ",", close: "}") { entry in
                let id = entry.id.flatMap { $0 == 0x2F ? [0x5C, 0x2F] : [$0] }  // slashes escaped, as the seal's are
                return [0x22] + id + Array("\":\"".utf8) + entry.digest + [0x22]
            }
        }

        private static func object(
            _ entries: [Entry], open: String, separator: String, close: String, member: (Entry) -> [UInt8]
        ) -> [UInt8] {
            Array(open.utf8) + entries.map(member).joined(separator: Array(separator.utf8)) + Array(close.utf8)
        }
    }

    /// `file` graded against `key` when it is a clean sheet (see above), else nil.
    static func graded(
        _ file: Data, path: String, key: GradingKey, layout: Layout, items: inout GradedItemTable
    ) -> GradedSheet? {
        var answered = [GradedSheet.GradedItem?](repeating: nil, count: key.scoring.count)
        var fields = SheetFields()
        var questions = 0..<0
        let read = file.withUnsafeBytes { raw in
            var reader = SheetReader(bytes: raw.bindMemory(to: UInt8.self))
            var seen = (questions: false, answers: false)
            reader.skipSpace()
            guard
                reader.object(
                    key: { $0.plainString().flatMap(SheetFields.Field.init) },
                    { reader, field in
                        switch field {
                        case .questions:
                            guard !seen.questions else { return false }
                            seen.questions = true
                            let start = reader.index
                            // NB: a sheet as `quiz` wrote it holds the same bytes here as every other sheet of the
                            // key: one comparison instead of reading 40 ids and digests.
                            guard reader.skip(layout.written) || reader.digests(layout.questions) else { return false }
                            questions = start..<reader.index
                            return true
                        case .answers:
                            guard !seen.answers else { return false }
                            seen.answers = true
                            return reader.answers(layout.questions, key: key, items: &items, into: &answered)
                        default: return fields.read(field, from: &reader)
                        }
                    })
            else { return false }
            reader.skipSpace()
            return reader.index == reader.bytes.count && seen == (true, true)
        }
        guard read, fields.format == AnswerSheet.formatVersion, fields.quiz != nil,
            fields.quizSHA256 == key.quiz.sha256, let learner = fields.learner.map({ UntrustedText.oneLine($0) }),
            !learner.isEmpty, let date = fields.submittedAt.flatMap(SheetTime.date), let seal = fields.seal,
            SheetSeal.fileOrderDigest(file, replacing: (questions, layout.compact)) == seal
        else { return nil }
        let graded = answered.indices.map { column in
            answered[column] ?? items.item(column: column, of: key.scoring, response: nil, change: nil)
        }
        return GradedSheet(
            path: path, learner: learner, learnerID: fields.learnerID.map { UntrustedText.oneLine($0) },
            email: fields.email.map { UntrustedText.oneLine($0) }, submittedAt: date, items: graded, isSealed: true)
    }
}

extension SheetReader {
    /// True when the object at `index` holds exactly the ids and digests of `questions`, in their order.
    fileprivate mutating func digests(_ questions: [CleanSheet.Layout.Entry]) -> Bool {
        var next = 0
        return object(key: { $0.plainString() }) { reader, id in
            guard next < questions.count, Self.same(id, questions[next].id),
                reader.plainString().map({ Self.same($0, questions[next].digest) }) == true
            else { return false }
            next += 1
            return true
        } && next == questions.count
    }

    /// Reads the object of answers at `index` into `answered`, each answer's item (from `items`) in its column:
    /// true when every id is one of `questions` (in their order, none twice), and every answer has the type its
    /// question takes.
    fileprivate mutating func answers(
        _ questions: [CleanSheet.Layout.Entry], key: GradingKey, items: inout GradedItemTable,
        into answered: inout [GradedSheet.GradedItem?]
    ) -> Bool {
        var next = 0
        return object(key: { $0.plainString() }) { reader, id in
            while next < questions.count, !Self.same(id, questions[next].id) { next += 1 }
            guard next < questions.count else { return false }
            let (column, typeName) = (questions[next].column, questions[next].typeName)
            next += 1
            let start = reader.index
            // A response of the right type, read from `start`.
            let decode = { () -> Response? in
                var copy = reader
                copy.index = start
                return copy.response().flatMap { $0.typeName == typeName ? $0 : nil }
            }
            if reader.peek(0x22), let raw = reader.rawString() {
                answered[column] = items.item(column: column, of: key.scoring, rawText: raw, decode: decode)
            } else if let response = reader.response(), response.typeName == typeName {
                answered[column] = items.item(column: column, of: key.scoring, response: response, change: nil)
            }
            return answered[column] != nil
        }
    }

    /// The bytes between the quotes of the string at `index` (its opening quote), escapes as written, moving past it;
    /// nil at a raw control character or the end of the text. What they decode to is `response()`'s business.
    private mutating func rawString() -> UnsafeBufferPointer<UInt8>? {
        let start = index + 1
        var end = start
        while true {
            end = JSONStringScan.next(in: bytes, from: end)
            guard end < bytes.count else { return nil }
            switch bytes[end] {
            case 0x22:
                index = end + 1
                return UnsafeBufferPointer(rebasing: bytes[start..<end])
            case 0x2F: end += 1
            case 0x5C: end += 2
            default: return nil
            }
        }
    }

    /// Moves past `expected` when the bytes at `index` are those; false (and nowhere) when they are not.
    fileprivate mutating func skip(_ expected: [UInt8]) -> Bool {
        guard index + expected.count <= bytes.count,
            Self.same(UnsafeBufferPointer(rebasing: bytes[index..<(index + expected.count)]), expected)
        else { return false }
        index += expected.count
        return true
    }

    /// True when `bytes` are `expected`.
    private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ expected: [UInt8]) -> Bool {
        expected.withUnsafeBufferPointer { bytes.hasSameBytes(as: $0) }
    }
}
