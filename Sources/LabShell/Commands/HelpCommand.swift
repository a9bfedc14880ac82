import ArgumentParser
import Experiments
import LabText
import Terminal

/// `help [command] [experiment]`: the list of commands, or one command's usage; `help run ID`
/// adds that experiment's parameters and model assumptions (what `params ID` prints).
struct HelpCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "help", abstract: "List commands, or explain one.")
    static let summary = Localized(en: "List commands, or explain one", ko: "명령 목록, 또는 한 명령의 설명")
    static let completion = ArgumentCompletion.commands

    @Argument(help: "The command to explain.") var command: String?
    @Argument(help: "For 'help run': an experiment id, to list its parameters and assumptions.") var experiment: String?

    mutating func run(in session: Session) throws {
        guard let name = command else {
            session.showLong(HelpText.overview(for: session))
            return
        }
        guard let type = CommandTable.command(named: name) else {
            throw LabError.usage(
                session.text(en: "unknown command '\(name)'", ko: "알 수 없는 명령 '\(name)'"),
                hint: Suggestion.hint(for: name, in: CommandTable.names, language: session.language)
                    ?? session.text(en: "type 'help' for the list", ko: "'help'로 명령 목록을 보세요"))
        }
        if let experiment {
            guard type == RunCommand.self else {
                throw LabError.usage(
                    session.text(en: "help \(name) takes no second word", ko: "help \(name) 뒤에는 단어를 하나만 씁니다"),
                    hint: session.text(en: "'help run ID' explains one experiment", ko: "'help run ID'는 실험 하나를 설명합니다"))
            }
            _ = try ExperimentCatalog.require(experiment, language: session.language)
        }
        session.showLong(HelpText.detail(of: type, for: session))
        if let experiment {
            session.console.print("")
            var params = ParamsCommand()
            params.experiment = experiment
            try params.run(in: session)
        }
    }
}

/// The texts `help` prints, generated from `CommandTable`.
enum HelpText {
    /// Every command with its summary, wrapped at words under the summary's column to the screen's width.
    static func overview(for session: Session) -> String {
        let names = CommandTable.all.map { $0.name.count }.max() ?? 0
        let room = max(session.console.width - names - 4, 16)
        let lines = CommandTable.all.flatMap { type in
            TextLayout.wrap(session.text(type.summary), to: room).enumerated().map { index, part in
                "  " + (index == 0 ? type.name : "").padding(toLength: names + 2, withPad: " ", startingAt: 0) + part
            }
        }
        let footer = session.text(
            en: "Type 'help COMMAND' for details. Tab completes commands and arguments.",
            ko: "자세한 설명은 'help 명령'. Tab 키로 명령과 인자를 완성할 수 있습니다.")
        let page = [session.text(en: "Commands:", ko: "명령:")] + lines + ["", footer]
        return TextLayout.fitLines(page.joined(separator: "\n"), to: session.console.width)
    }

    static func detail(of type: any LabCommand.Type, for session: Session) -> String {
        HelpPage(type: type, language: session.language, width: session.console.width).text
    }
}
