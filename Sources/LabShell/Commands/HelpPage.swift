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
        let entries = HelpPage.arguments(of: type)
        var blocks = [
            "\(type.name) — \(type.summary.text(language))",
            say("USAGE: ", "사용법: ") + Interpreter.usage(of: type)
        ]
        let positional = entries.filter { $0.kind == .positional }
        let options = entries.filter { $0.kind != .positional }
        let column = min(max(entries.map { DisplayWidth.of($0.label) }.max() ?? 0, 8) + 4, width / 3)
        if !positional.isEmpty { blocks.append(section(say("ARGUMENTS:", "인자:"), positional, column: column)) }
        if !options.isEmpty { blocks.append(section(say("OPTIONS:", "옵션:"), options, column: column)) }
        if !type.aliases.isEmpty { blocks.append(say("Also: ", "다른 이름: ") + type.aliases.joined(separator: ", ")) }
        return TextLayout.fitLines(blocks.joined(separator: "\n\n"), to: width)
    }

    private func say(_ en: String, _ ko: String) -> String { Localized(en: en, ko: ko).text(language) }

    private func section(_ title: String, _ entries: [HelpArgument], column: Int) -> String {
        let lines = entries.flatMap { entry -> [String] in
            let words = HelpCatalog.text(for: entry, of: type, language: language) + notes(entry)
            let body = TextLayout.wrap(words, to: max(width - column - 2, 12))
            let lead = "  " + entry.label
            guard DisplayWidth.of(lead) <= column else {
                return [lead] + body.map { String(repeating: " ", count: column + 2) + $0 }
            }
            return body.enumerated().map { line in
                (line.offset == 0 ? TextLayout.pad(lead, to: column + 2) : String(repeating: " ", count: column + 2))
                    + line.element
            }
        }
        return ([title] + lines).joined(separator: "\n")
    }

    /// "(values: csv, json; default: csv)" in the page's language.
    private func notes(_ entry: HelpArgument) -> String {
        var parts: [String] = []
        if !entry.values.isEmpty { parts.append(say("values: ", "값: ") + entry.values.joined(separator: ", ")) }
        if let value = entry.defaultValue, !value.isEmpty, entry.kind == .option {
            parts.append(say("default: ", "기본값: ") + value)
        }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
    }

    /// The arguments swift-argument-parser shows for `type`, in its order.
    static func arguments(of type: any LabCommand.Type) -> [HelpArgument] {
        let data = Data(type._dumpHelp().utf8)
        guard let tool = try? JSONDecoder().decode(HelpArgument.Tool.self, from: data) else { return [] }
        return (tool.command.arguments ?? []).filter(\.shouldDisplay)
    }
}
