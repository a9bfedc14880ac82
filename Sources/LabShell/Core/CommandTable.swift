/// Every command of the lab, in the order `help` lists them.
package enum CommandTable {
    package static let all: [any LabCommand.Type] = [
        HelpCommand.self,
        TocCommand.self,
        ReadCommand.self,
        NextCommand.self,
        PrevCommand.self,
        SearchCommand.self,
        DiagramCommand.self,
        TryCommand.self,
        ProgressCommand.self,
        ExperimentsCommand.self,
        ParamsCommand.self,
        RunCommand.self,
        CompareCommand.self,
        DesignCommand.self,
        ExpectCommand.self,
        PredictCommand.self,
        QuizCommand.self,
        ReviewCommand.self,
        GradeCommand.self,
        WorkshopCommand.self,
        LessonsCommand.self,
        BenchCommand.self,
        EchoCommand.self,
        SeedCommand.self,
        LangCommand.self,
        SetCommand.self,
        QuitCommand.self
    ]

    /// The command named `name` or one of its aliases.
    package static func command(named name: String) -> (any LabCommand.Type)? {
        let lowered = name.lowercased()
        return all.first { $0.name == lowered || $0.aliases.contains(lowered) }
    }

    /// Names and aliases, for completion and suggestions.
    package static var names: [String] {
        all.flatMap { [$0.name] + $0.aliases }
    }
}
