import ArgumentParser

/// Why swift-argument-parser refused a command line, read from the error value it threw (the
/// case, the option's name, the value), never from its English message.
///
///     ParserFailure(error)  // .badValue(option: "--color", value: "rainbow") for `--color rainbow`
enum ParserFailure: Equatable {
    /// `--frobnicate`: no such option.
    case unknownOption(String)
    /// `--out` at the end of the line.
    case missingValue(option: String)
    /// `--json=yes`: a flag given a value.
    case unexpectedValue(option: String, value: String)
    /// `--color rainbow`, `--seed abc`, `read x`: a value the option or argument cannot take.
    /// `option` is nil for a positional argument, whose property name is `key`.
    case badValue(option: String?, key: String, value: String)
    /// Words left over after every argument was filled.
    case extraWords([String])
    /// A required argument or option (by property name) was not given.
    case missing(key: String)
    /// `--help` or `-h`: not a mistake.
    case helpRequested
    /// Anything else the parser refused (none of the lab's commands can produce it today).
    case unclassified

    /// The failure `error` stands for: a `CommandError` holding a `ParserError`, or a bare `ParserError`.
    init(_ error: any Error) {
        self = Self.classify(Mirror(reflecting: error).descendant("parserError") ?? error)
    }

    /// Reads a `ParserError` value: its case name and associated values.
    private static func classify(_ parserError: Any) -> ParserFailure {
        guard let child = Mirror(reflecting: parserError).children.first, let label = child.label else {
            return .unclassified
        }
        let fields = associatedValues(of: child.value)
        switch (label, fields.count) {
        case ("unknownOption", 2): return spelled(fields[1]).map(ParserFailure.unknownOption) ?? .unclassified
        case ("missingValueForOption", 2): return spelled(fields[1]).map { .missingValue(option: $0) } ?? .unclassified
        case ("unexpectedValueForOption", 3):
            guard let option = spelled(fields[1]), let value = fields[2] as? String else { return .unclassified }
            return .unexpectedValue(option: option, value: value)
        case ("unableToParseValue", 5):
            guard let value = fields[2] as? String, let key = keyName(fields[3]) else { return .unclassified }
            return .badValue(option: spelled(fields[1]), key: key, value: value)
        case ("helpRequested", _): return .helpRequested
        case ("noArguments", 1): return classify(fields[0])
        case ("noValue", 1): return keyName(fields[0]).map { .missing(key: $0) } ?? .unclassified
        case ("unexpectedExtraValues", 1):
            let words = Mirror(reflecting: fields[0]).children.compactMap {
                associatedValues(of: $0.value).last as? String
            }
            return words.isEmpty ? .unclassified : .extraWords(words)
        default: return .unclassified
        }
    }

    /// The associated values of an enum case: a tuple's elements, or the single value.
    private static func associatedValues(of payload: Any) -> [Any] {
        let mirror = Mirror(reflecting: payload)
        return mirror.displayStyle == .tuple ? mirror.children.map(\.value) : [payload]
    }

    /// An option's name as typed: `--seed`, `-f`; nil for `nil` (a positional argument).
    private static func spelled(_ name: Any) -> String? {
        var mirror = Mirror(reflecting: name)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return nil }
            mirror = Mirror(reflecting: wrapped)
        }
        guard let child = mirror.children.first, let label = child.label else { return nil }
        switch label {
        case "long": return (child.value as? String).map { "--" + $0 }
        case "longWithSingleDash": return (child.value as? String).map { "-" + $0 }
        case "short": return (associatedValues(of: child.value).first as? Character).map { "-" + String($0) }
        default: return nil
        }
    }

    /// The property name an input key stands for (`experiment`, `learnerID`).
    private static func keyName(_ key: Any) -> String? {
        Mirror(reflecting: key).descendant("name") as? String
    }
}
