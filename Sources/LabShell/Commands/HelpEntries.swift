import LabText
import Terminal

/// The argument and option lines of a help page: each label, then its description wrapped
/// beside it, in either language (Korean from `HelpCatalog`, English from the parser).
struct HelpEntries {
    let entries: [HelpArgument]
    /// The `HelpCatalog` entry to read Korean from: a command's name, or `scalelab`.
    let catalogName: String
    let language: Language
    let width: Int

    /// The column descriptions start at.
    var column: Int { min(max(entries.map { DisplayWidth.of($0.label) }.max() ?? 0, 8) + 4, width / 3) }

    /// `title`, then one block of lines per entry.
    func section(_ title: String, _ shown: [HelpArgument]) -> String {
        let column = column
        let lines = shown.flatMap { entry -> [String] in
            let words = description(of: entry) + notes(entry)
            let body = TextLayout.wrap(words, to: max(width - column - 2, 12))
            let lead = "  " + entry.label
            let indent = String(repeating: " ", count: column + 2)
            guard DisplayWidth.of(lead) <= column else { return [lead] + body.map { indent + $0 } }
            return body.enumerated().map {
                ($0.offset == 0 ? TextLayout.pad(lead, to: column + 2) : indent) + $0.element
            }
        }
        return ([title] + lines).joined(separator: "\n")
    }

    private func description(of entry: HelpArgument) -> String {
        let english = entry.abstract ?? ""
        guard language == .ko else { return english }
        return HelpCatalog.korean(for: entry, commandName: catalogName) ?? english
    }

    private func say(_ en: String, _ ko: String) -> String { Localized(en: en, ko: ko).text(language) }

    /// "(values: csv, json; default: csv)" in the page's language.
    private func notes(_ entry: HelpArgument) -> String {
        var parts: [String] = []
        if !entry.values.isEmpty { parts.append(say("values: ", "값: ") + entry.values.joined(separator: ", ")) }
        if let value = entry.defaultValue, !value.isEmpty, entry.kind == .option {
            parts.append(say("default: ", "기본값: ") + value)
        }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
    }
}
