import ArgumentParser
import Experiments
import Foundation
import LabText
import Terminal

/// `set [NAME VALUE]`: shows the settings, or changes one.
struct SetCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Show the settings, or change one.")
    static let summary = Localized(
        en: "Show the settings, or change one (lang, seed, width, color)",
        ko: "설정을 보거나 하나를 바꿉니다 (lang, seed, width, color)")
    static let completion = ArgumentCompletion.choices(Setting.allCases.map(\.rawValue))

    @Argument(help: "lang, seed, width or color.") var name: String?
    @Argument(help: "The new value.") var value: String?

    enum Setting: String, CaseIterable {
        case lang, seed, width, color
    }

    mutating func run(in session: Session) throws {
        if let name {
            guard let setting = Setting(rawValue: name.lowercased()) else {
                throw LabError.usage(
                    session.text(en: "set: unknown setting '\(name)'", ko: "set: 알 수 없는 설정 '\(name)'"),
                    hint: Suggestion.hint(for: name, in: Setting.allCases.map(\.rawValue), language: session.language)
                        ?? session.text(en: "settings: lang, seed, width, color", ko: "설정: lang, seed, width, color"))
            }
            guard let value else {
                throw LabError.usage(
                    session.text(en: "set \(setting.rawValue): missing value", ko: "set \(setting.rawValue): 값이 없습니다"),
                    hint: session.text(en: "for example 'set width 100'", ko: "예: 'set width 100'"))
            }
            try apply(setting, value, in: session)
        }
        for line in rows(for: session) { session.console.print(line) }
    }

    private func apply(_ setting: Setting, _ value: String, in session: Session) throws {
        switch setting {
        case .lang:
            var command = LangCommand()
            command.language = value
            try command.run(in: session)
        case .seed:
            var command = SeedCommand()
            command.value = value
            try command.run(in: session)
        case .width:
            try setWidth(value, in: session)
        case .color:
            guard let choice = ColorChoice(argument: value) else {
                throw LabError.usage(
                    session.text(
                        en: "set color: '\(value)' is not on, off or auto",
                        ko: "set color: '\(value)'은(는) on, off, auto 가운데 하나가 아닙니다"),
                    hint: session.text(en: "for example 'set color off'", ko: "예: 'set color off'"))
            }
            session.console.colorEnabled = choice.isEnabled(
                outputIsTerminal: isatty(1) == 1,
                variables: session.environment.variables)
        }
    }

    /// `set width N` fixes the width; `set width auto` follows the terminal again.
    private func setWidth(_ value: String, in session: Session) throws {
        if value.lowercased() == "auto" {
            session.console.widthIsFixed = false
            session.console.width =
                session.mode == .interactive ? TerminalSize.columns() : Launch.scriptWidth(session.environment)
            return
        }
        guard let width = Int(value), (40...400).contains(width) else {
            throw LabError.usage(
                session.text(
                    en: "set width: '\(value)' is not a width from 40 to 400, or auto",
                    ko: "set width: '\(value)'은(는) 40부터 400까지의 너비나 auto가 아닙니다"),
                hint: session.text(
                    en: "for example 'set width 60' or 'set width auto'",
                    ko: "예: 'set width 60' 또는 'set width auto'"))
        }
        session.console.width = width
        session.console.widthIsFixed = true
    }

    private func rows(for session: Session) -> [String] {
        [
            "lang    = \(session.language.rawValue)",
            "seed    = \(session.seed)",
            "width   = \(session.console.width)",
            "color   = \(session.console.colorEnabled ? "on" : "off")",
            "lessons = \(session.environment.lessonsPath)",
            "state   = \(session.environment.statePath)"
        ]
    }
}
