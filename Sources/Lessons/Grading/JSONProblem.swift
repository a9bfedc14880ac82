import Foundation
import LabText

/// Short, precise descriptions of JSON decoding failures (which field, what was wrong).
enum JSONProblem {
    /// What is wrong, naming the field path: "missing field 'learner'", "'answers.q2': expected a string".
    static func describe(_ error: any Error) -> String {
        localized(error).en
    }

    /// `describe(_:)` in English and Korean (a Foundation message quoted inside stays English).
    static func localized(_ error: any Error) -> Localized {
        let invalid = Localized(en: "not valid JSON", ko: "올바른 JSON이 아닙니다")
        guard let error = error as? DecodingError else { return Localized(en: "not JSON", ko: "JSON이 아닙니다") }
        switch error {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            return Localized(en: "missing field '\(field)'", ko: "필드가 없습니다: '\(field)'")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let field = path(context.codingPath)
            let expected = name(of: type)
            return Localized(
                en: "'\(field)': expected \(expected?.en ?? context.debugDescription)",
                ko: "'\(field)': 형식이 맞지 않습니다 (필요한 형식: \(expected?.ko ?? context.debugDescription))")
        case .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else { return invalid }
            let field = path(context.codingPath)
            return Localized(
                en: "'\(field)': \(context.debugDescription)",
                ko: "'\(field)': 값이 올바르지 않습니다 (\(context.debugDescription))")
        @unknown default:
            return invalid
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    private static func name(of type: Any.Type) -> Localized? {
        switch type {
        case is String.Type: Localized(en: "a string", ko: "문자열")
        case is Bool.Type: Localized(en: "true or false", ko: "true 또는 false")
        case is Double.Type, is Int.Type: Localized(en: "a number", ko: "숫자")
        default: nil
        }
    }
}
