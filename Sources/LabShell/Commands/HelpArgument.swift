/// An argument, option or flag as swift-argument-parser describes it (`_dumpHelp`'s JSON).
struct HelpArgument: Decodable, Equatable {
    /// The part of the JSON document that holds the arguments.
    struct Tool: Decodable {
        struct Command: Decodable { var arguments: [HelpArgument]? }
        var command: Command
    }

    enum Kind: String, Decodable { case positional, option, flag }

    struct Name: Decodable, Equatable {
        var kind: String
        var name: String

        var spelled: String { kind == "short" ? "-" + name : (kind == "long" ? "--" : "-") + name }
    }

    var kind: Kind
    var shouldDisplay: Bool
    var names: [Name]?
    var valueName: String?
    var defaultValue: String?
    var allValues: [String]?
    var abstract: String?
    var isRepeating: Bool

    /// `<experiment>`, `--out <out>`, `-h, --help`: the words the learner types.
    var label: String {
        let value = valueName.map { "<\($0)>" } ?? ""
        guard kind != .positional else { return value + (isRepeating ? " ..." : "") }
        let spelled = (names ?? []).map(\.spelled).joined(separator: ", ")
        return kind == .option ? "\(spelled) \(value)" : spelled
    }

    /// The catalog's key: the long name for options and flags, the value name for arguments.
    var key: String {
        guard kind != .positional else { return valueName ?? "" }
        return (names ?? []).first { $0.kind == "long" }?.name ?? names?.first?.name ?? ""
    }

    var values: [String] { allValues ?? [] }
}
