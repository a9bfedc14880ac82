/// A learner's answer to one question, as stored in an answer sheet.
///
/// JSON: a string (multiple choice: the choice's text; short answer; essay), a list of strings
/// (multiple answers), `true`/`false` (true/false), a number (numerical) or an object from each
/// item to the text matched to it (matching).
package enum Response: Sendable, Hashable, Codable {
    case text(String)
    case texts([String])
    case bool(Bool)
    case number(Double)
    case pairs([String: String])

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else if let value = try? container.decode([String].self) {
            self = .texts(value)
        } else if let value = try? container.decode([String: String].self) {
            self = .pairs(value)
        } else {
            throw DecodingError.typeMismatch(
                Response.self,
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "a string, a list of strings, true/false, a number or an object of strings"))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value): try container.encode(value)
        case .texts(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .pairs(let value): try container.encode(value)
        }
    }

    /// The JSON type's name for messages: "a string", "a list of strings", "true or false", "a number".
    package var typeName: String {
        switch self {
        case .text: "a string"
        case .texts: "a list of strings"
        case .bool: "true or false"
        case .number: "a number"
        case .pairs: "an object of strings"
        }
    }
}

extension Question {
    /// The JSON type a response to this question must have, or nil when it takes none (a description).
    package var responseTypeName: String? {
        switch kind {
        case .description: nil
        case .multipleChoice, .shortAnswer, .essay: "a string"
        case .multipleAnswers: "a list of strings"
        case .trueFalse: "true or false"
        case .numerical: "a number"
        case .matching: "an object of strings"
        }
    }

    /// True when `response` has the type this question takes.
    package func accepts(_ response: Response) -> Bool {
        responseTypeName == response.typeName
    }
}
