import ArgumentParser
import Foundation
import LabText
import Terminal

/// One command's help page in either language: summary, usage, arguments and options.
///
/// The arguments come from swift-argument-parser's description of the command, so the page
/// cannot list an option the parser does not have; the Korean words come from `HelpCatalog`.
struct HelpPage {
    let type: any LabCommand.Type
    let language: Language
    let width: Int

    /// The page, wrapped at words to the width.
    var text: String {
        let all = HelpEntries(
            entries: HelpPage.arguments(of: type), catalogName: type.name, language: language, width: width)
        var blocks = [
            "\(type.name) — \(type.summary.text(language))",
            say("USAGE: ", "사용법: ") + Interpreter.usage(of: type)
        ]
        let positional = all.entries.filter { $0.kind == .positional }
        let options = all.entries.filter { $0.kind != .positional }
        if !positional.isEmpty { blocks.append(all.section(say("ARGUMENTS:", "인자:"), positional)) }
        if !options.isEmpty { blocks.append(all.section(say("OPTIONS:", "옵션:"), options)) }
        if !type.aliases.isEmpty { blocks.append(say("Also: ", "다른 이름: ") + type.aliases.joined(separator: ", ")) }
        return TextLayout.fitLines(blocks.joined(separator: "\n\n"), to: width)
    }

    private func say(_ en: String, _ ko: String) -> String { Localized(en: en, ko: ko).text(language) }

    /// The arguments swift-argument-parser shows for `type`, in its order.
    static func arguments(of type: any ParsableCommand.Type) -> [HelpArgument] {
        let data = Data(type._dumpHelp().utf8)
        guard let tool = try? JSONDecoder().decode(HelpArgument.Tool.self, from: data) else { return [] }
        return (tool.command.arguments ?? []).filter(\.shouldDisplay)
    }
}
