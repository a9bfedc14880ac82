import ArgumentParser
import LabText

/// A parser failure told in Korean with the same facts the parser's English message gives
/// (the option, the value, the allowed values) and the fix.
struct ParserMessage {
    let failure: ParserFailure
    /// The command's arguments as the parser describes them (`HelpPage.arguments(of:)`).
    let arguments: [HelpArgument]
    /// The `HelpCatalog` entry the Korean descriptions come from (`run`, `scalelab`).
    let catalogName: String
    /// The Korean hint used when nothing more precise fits ("사용법: ...").
    let usageHint: String

    /// The message and hint in Korean.
    var korean: (message: String, hint: String) {
        switch failure {
        case .unknownOption(let option):
            let spellings = arguments.filter { $0.kind != .positional }.flatMap { ($0.names ?? []).map(\.spelled) }
            return ("알 수 없는 옵션 \(option)", Suggestion.hint(for: option, in: spellings, language: .ko) ?? usageHint)
        case .missingValue(let option):
            let label = "\(option) <\(entry(spelled: option)?.valueName ?? "값")>"
            return ("옵션 \(option) 뒤에 값이 없습니다", "\(label) 꼴로 값을 붙이세요" + allowed(entry(spelled: option), ". "))
        case .unexpectedValue(let option, let value):
            return ("\(option)에는 값을 붙이지 않습니다('\(value)')", "값 없이 \(option)만 쓰세요")
        case .badValue(let option, let key, let value):
            return badValue(option: option, key: key, value: value)
        case .extraWords(let words):
            return ("필요 없는 단어: " + words.joined(separator: " "), usageHint)
        case .missing(let key):
            return ("빠진 인자: " + (entry(key: key)?.label ?? key), usageHint)
        case .unclassified, .helpRequested:
            return ("인자가 맞지 않습니다", usageHint)
        }
    }

    private func badValue(option: String?, key: String, value: String) -> (message: String, hint: String) {
        let found = option.flatMap(entry(spelled:)) ?? entry(key: key)
        let name = option ?? found?.label ?? key
        if let found, !found.values.isEmpty {
            return ("\(name) '\(value)'은(는) 쓸 수 없는 값입니다", "\(name)에 쓸 수 있는 값: " + found.values.joined(separator: ", "))
        }
        let explained = found.flatMap { HelpCatalog.korean(for: $0, commandName: catalogName) }
        return ("\(name)의 값 '\(value)'을(를) 읽을 수 없습니다", explained.map { "\(name): \($0)" } ?? usageHint)
    }

    private func allowed(_ entry: HelpArgument?, _ separator: String) -> String {
        guard let entry, !entry.values.isEmpty else { return "" }
        return separator + "쓸 수 있는 값: " + entry.values.joined(separator: ", ")
    }

    private func entry(spelled option: String) -> HelpArgument? {
        arguments.first { ($0.names ?? []).contains { $0.spelled == option } }
    }

    /// The argument a property name stands for: `learnerID` is `--learner-id`, `experiment` is `<experiment>`.
    private func entry(key: String) -> HelpArgument? {
        let folded = { (name: String) in name.lowercased().filter { $0 != "-" } }
        return arguments.first { folded($0.valueName ?? "") == folded(key) || folded($0.key) == folded(key) }
    }
}
