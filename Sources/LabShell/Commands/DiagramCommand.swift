import ArgumentParser
import Experiments
import LabText

/// `diagram [name]`: lists the course's diagrams, or draws one.
struct DiagramCommand: LabCommand {
    static let configuration = CommandConfiguration(commandName: "diagram", abstract: "List the diagrams, or draw one.")
    static let summary = Localized(en: "List the diagrams, or draw one by name", ko: "그림 목록을 보거나 이름으로 하나를 그립니다")
    static let completion = ArgumentCompletion.diagrams

    @Argument(help: "A diagram name from the list.") var name: String?

    mutating func run(in session: Session) throws {
        let diagrams = try session.course().diagrams
        guard let name else {
            for diagram in diagrams { session.console.print("\(diagram.name)  (\(diagram.section))") }
            return
        }
        guard let diagram = diagrams.first(where: { $0.name == name.lowercased() }) else {
            throw LabError.usage(
                "no diagram '\(name)'",
                hint: Suggestion.hint(for: name, in: diagrams.map(\.name)) ?? "type 'diagram' for the list")
        }
        session.showMarkdown("```mermaid\n\(diagram.source)\n```")
    }
}
