import Foundation

/// Turns what a learner typed at a prompt into a `Response` for a question (pure, no I/O).
///
/// - Multiple choice: a letter (`b`, `B`) or the choice's text.
/// - Multiple answers: letters separated by commas or spaces (`a,c`, `a c`) or run together (`ac`).
/// - True/false: `t`, `true`, `o`, `y`, `yes`, `참`, `예`, `네`, `맞다` or `f`, `false`, `x`, `n`, `no`, `거짓`, `아니오`, `아니요`, `틀리다`.
/// - Numerical: a decimal number; `,` is accepted only as a thousands separator (`1,234.5`),
///   so `1,5` is refused as ambiguous rather than guessed.
/// - Short answer and essay: the text, trimmed.
package enum AnswerInterpreter {
    /// The response `typed` means for `question`, or what to type instead.
    package static func interpret(_ typed: String, for question: Question) throws(AnswerProblem) -> Response {
        let text = typed.trimmingWhitespace
        switch question.kind {
        case .description:
            preconditionFailure("a description (\(question.id)) takes no answer")
        case .multipleChoice(let choices):
            return .text(try choice(text, in: choices))
        case .multipleAnswers(let choices):
            return .texts(try choiceList(text, in: choices))
        case .trueFalse:
            return .bool(try truth(text))
        case .numerical:
            return .number(try number(text))
        case .matching(let pairs):
            return .pairs(try matches(text, pairs: pairs))
        case .shortAnswer, .essay:
            guard !text.isEmpty else { throw AnswerProblem(en: "type your answer", ko: "답을 입력하세요") }
            return .text(text)
        }
    }

    static func letterRange(_ count: Int) -> String {
        "a-\(Character(UnicodeScalar(UInt8(96 + min(count, 26)))))"
    }

    static func letter(_ index: Int) -> String {
        String(Character(UnicodeScalar(UInt8(97 + index))))
    }

    private static func choice(_ text: String, in choices: [Choice]) throws(AnswerProblem) -> String {
        if let index = letterIndex(text, count: choices.count) { return choices[index].text }
        let wanted = ShortAnswerMatcher.normalized(text)
        if !wanted.isEmpty, let match = choices.first(where: { ShortAnswerMatcher.normalized($0.text) == wanted }) {
            return match.text
        }
        let range = letterRange(choices.count)
        throw AnswerProblem(
            en: "could not understand '\(text)'; type a letter \(range)",
            ko: "'\(text)'을(를) 알아듣지 못했어요. \(range) 중 한 글자를 입력하세요")
    }

    private static func choiceList(_ text: String, in choices: [Choice]) throws(AnswerProblem) -> [String] {
        let words = text.split { $0 == "," || $0.isWhitespace }.map(String.init)
        let letters = words.count == 1 && words[0].count > 1 ? words[0].map(String.init) : words
        let indices = letters.map { letterIndex($0, count: choices.count) }
        guard !indices.isEmpty, indices.allSatisfy({ $0 != nil }) else {
            let range = letterRange(choices.count)
            throw AnswerProblem(
                en: "could not understand '\(text)'; type one or more letters \(range), such as a,c",
                ko: "'\(text)'을(를) 알아듣지 못했어요. \(range) 중 하나 이상을 a,c 처럼 입력하세요")
        }
        let picked = Set(indices.compactMap { $0 })
        return choices.indices.filter(picked.contains).map { choices[$0].text }
    }

    /// One letter per numbered item, in order (`b,a,c` or `bac`), as item -> option text.
    private static func matches(_ text: String, pairs: [MatchPair]) throws(AnswerProblem) -> [String: String] {
        let prompts = pairs.prompts
        let options = pairs.options
        let words = text.split { $0 == "," || $0.isWhitespace }.map(String.init)
        let letters = words.count == 1 && words[0].count > 1 ? words[0].map(String.init) : words
        let indices = letters.compactMap { letterIndex($0, count: options.count) }
        guard indices.count == prompts.count, letters.count == prompts.count else {
            let range = letterRange(options.count)
            throw AnswerProblem(
                en:
                    "could not understand '\(text)'; type \(prompts.count) letters \(range), one per numbered item, such as b,a",
                ko: "'\(text)'을(를) 알아듣지 못했어요. 번호마다 하나씩 \(range) 중 \(prompts.count)글자를 b,a 처럼 입력하세요")
        }
        return Dictionary(zip(prompts, indices.map { options[$0] }), uniquingKeysWith: { first, _ in first })
    }

    private static func letterIndex(_ text: String, count: Int) -> Int? {
        guard text.count == 1, let scalar = text.lowercased().unicodeScalars.first,
            ("a"..."z").contains(scalar)
        else { return nil }
        let index = Int(scalar.value) - 97
        return index < count ? index : nil
    }

    private static let trueWords: Set<String> = ["t", "true", "o", "y", "yes", "참", "예", "네", "맞다", "맞음", "○"]
    private static let falseWords: Set<String> = ["f", "false", "x", "n", "no", "거짓", "아니오", "아니요", "틀리다", "틀림", "×"]

    private static func truth(_ text: String) throws(AnswerProblem) -> Bool {
        let word = text.lowercased()
        if trueWords.contains(word) { return true }
        if falseWords.contains(word) { return false }
        throw AnswerProblem(
            en: "could not understand '\(text)'; type t (true) or f (false)",
            ko: "'\(text)'을(를) 알아듣지 못했어요. 참이면 o(또는 참), 거짓이면 x(또는 거짓)를 입력하세요")
    }

    private static func number(_ text: String) throws(AnswerProblem) -> Double {
        if let value = GIFTNumber.parse(withoutThousandsSeparators(text)) { return value }
        if text.contains(",") {
            throw AnswerProblem(
                en: "could not understand '\(text)'; write decimals with a point (1.5) and thousands as 1,234",
                ko: "'\(text)'을(를) 알아듣지 못했어요. 소수점은 점(1.5)으로, 천 단위는 1,234 처럼 쓰세요")
        }
        throw AnswerProblem(
            en: "could not understand '\(text)'; type a number such as 42 or 3.14",
            ko: "'\(text)'을(를) 알아듣지 못했어요. 42나 3.14 같은 숫자를 입력하세요")
    }

    /// `1,234.5` as `1234.5`; text whose commas are not in groups of three is returned unchanged.
    static func withoutThousandsSeparators(_ text: String) -> String {
        guard text.contains(",") else { return text }
        let integer = text.prefix { $0 != "." && $0 != "e" && $0 != "E" }
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        let digitsOnly = groups.dropFirst().allSatisfy {
            $0.count == 3 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber)
        }
        guard digitsOnly, let head = groups.first, !head.filter(\.isNumber).isEmpty, head.count <= 4 else {
            return text
        }
        return text.replacingOccurrences(of: ",", with: "")
    }
}
