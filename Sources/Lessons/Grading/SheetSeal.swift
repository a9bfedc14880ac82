import Foundation

/// The bytes `computedSeal` hashes, written directly: compact JSON with keys in byte order, slashes
/// escaped, numbers as `JSONEncoder` writes them.
///
/// Only a shortcut: a seal that matches these bytes is intact; one that does not is checked against
/// `JSONEncoder`'s bytes before the sheet counts as edited, so a difference here can never flag a sheet.
enum SheetSeal {
    // NB: JSONEncoder took about a fifth of grading a 40-question sheet.

    /// SHA-256 of the compact, sorted encoding of `sheet` without its seal.
    static func digest(of sheet: AnswerSheet) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        var fields: [(String, (inout [UInt8]) -> Void)] = [
            ("answers", { object(sheet.answers, into: &$0, value: response) }),
            ("format", { string(sheet.format, into: &$0) }),
            ("learner", { string(sheet.learner, into: &$0) }),
            ("quiz", { string(sheet.quiz, into: &$0) }),
            ("quiz_sha256", { string(sheet.quizSHA256, into: &$0) }),
            ("submitted_at", { string(sheet.submittedAt, into: &$0) })
        ]
        if let email = sheet.email { fields.append(("email", { string(email, into: &$0) })) }
        if let id = sheet.learnerID { fields.append(("learner_id", { string(id, into: &$0) })) }
        if let questions = sheet.questions {
            fields.append(("questions", { object(questions, into: &$0, value: string) }))
        }
        out.append(0x7B)
        for (position, field) in fields.sorted(by: { precedes($0.0, $1.0) }).enumerated() {
            if position > 0 { out.append(0x2C) }
            string(field.0, into: &out)
            out.append(0x3A)
            field.1(&out)
        }
        out.append(0x7D)
        return SHA256.hex(of: out)
    }

    private static func object<Value>(
        _ dictionary: [String: Value], into out: inout [UInt8], value: (Value, inout [UInt8]) -> Void
    ) {
        out.append(0x7B)
        let entries = dictionary.sorted { precedes($0.key, $1.key) }
        for (position, entry) in entries.enumerated() {
            if position > 0 { out.append(0x2C) }
            string(entry.key, into: &out)
            out.append(0x3A)
            value(entry.value, &out)
        }
        out.append(0x7D)
    }

    private static func response(_ response: Response, into out: inout [UInt8]) {
        switch response {
        case .text(let text): string(text, into: &out)
        case .texts(let texts):
            out.append(0x5B)
            for (position, text) in texts.enumerated() {
                if position > 0 { out.append(0x2C) }
                string(text, into: &out)
            }
            out.append(0x5D)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): JSONQuoting.append(number, to: &out)
        case .pairs(let pairs): object(pairs, into: &out, value: string)
        }
    }

    /// True when `a`'s UTF-8 bytes sort before `b`'s (the order `JSONEncoder` sorts keys in, for the keys sheets hold).
    static func precedes(_ a: String, _ b: String) -> Bool {
        // NB: the generic `utf8.lexicographicallyPrecedes` was 7% of grading a sheet (callgrind); memcmp is not.
        var (a, b) = (a, b)
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
    }

    private static func string(_ text: String, into out: inout [UInt8]) {
        JSONQuoting.append(text, escapingSlash: true, to: &out)
    }
}
