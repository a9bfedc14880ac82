import LabText

/// The words of each command's help page in Korean, by command and argument.
///
/// English comes from the parser's own `help:` texts; `HelpCatalogTests` walks every command
/// of `CommandTable` and fails when an argument, option or flag has no Korean here.
enum HelpCatalog {
    /// The Korean description, or nil when the catalog lacks it.
    static func korean(for entry: HelpArgument, of type: any LabCommand.Type) -> String? {
        korean(for: entry, commandName: type.name)
    }

    /// The Korean description of `entry` of the command (or `scalelab` itself) named `commandName`.
    static func korean(for entry: HelpArgument, commandName: String) -> String? {
        entry.key == "help" ? "이 도움말을 보여 줍니다." : korean[commandName]?[entry.key]
    }

    /// Command name, then the argument's value name or the option's long name.
    static let korean: [String: [String: String]] = courseCommands.merging(workCommands) { first, _ in first }
}
