import ArgumentParser
import Design
import Experiments
import Foundation

/// `design new FILE | run DESIGN [load=…] [scenario=…] [--json] | list`: the design lab.
struct DesignCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "design", abstract: "Run a whole architecture: design run 2.1 load=100M-users, design new FILE.")
    static let summary = Localized(en: "The design lab: design run 2.1 load=100M-users, design new FILE, design list",
                                   ko: "설계 실습: design run 2.1 load=100M-users, design new FILE, design list")
    static let completion = ArgumentCompletion.choices(["run", "new", "list"])

    @Argument(help: "run, new or list.") var action: String
    @Argument(help: "A design (file, lesson section or name) and key=value options.") var words: [String] = []
    @Flag(help: "Print the run as one JSON object.") var json = false

    mutating func run(in session: Session) throws {
        switch action.lowercased() {
        case "run": try runDesign(in: session)
        case "new": try writeNew(in: session)
        case "list": list(in: session)
        default:
            throw LabError.usage("design: unknown action '\(action)'",
                                 hint: Suggestion.hint(for: action, in: ["run", "new", "list"]) ?? "design run|new|list")
        }
    }

    private func runDesign(in session: Session) throws {
        guard let name = words.first else { throw LabError.usage("design run: which design?", hint: "design run 2.1, design run FILE") }
        let design = try DesignLocator.load(name, session: session)
        let options = try DesignRunOptions(Array(words.dropFirst()), seed: session.seed, language: session.language)
        var outcome: DesignOutcome?
        let report = try session.runMeasured { control in
            do {
                let result = try DesignRunner.run(design, settings: options.settings, control: control)
                outcome = result
                return DesignReport.make(result, language: session.language)
            } catch let error as DesignError {
                throw LabError(error, language: session.language)
            }
        }
        session.record(report)
        if json {
            session.console.print(report.jsonText(language: session.language))
        } else if let outcome {
            session.showLong(DesignDiagram.render(design, outcome: outcome, session: session) + "\n\n" + ReportView(report: report, language: session.language, glyphs: session.glyphs, styler: session.styler,
                                                                                                          width: session.console.width).text)
        }
    }

    private func writeNew(in session: Session) throws {
        guard let path = words.first, words.count == 1 else { throw LabError.usage("design new: give one file name", hint: "design new my-design.mmd") }
        guard !FileManager.default.fileExists(atPath: path) else {
            throw LabError.usage(session.text(en: "\(path) exists; design new never overwrites a file", ko: "\(path)이(가) 이미 있습니다. design new는 파일을 덮어쓰지 않습니다"),
                                 hint: session.text(en: "pick another name", ko: "다른 이름을 고르세요"))
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(DesignTemplate.text.utf8)) else {
            throw LabError(session.text(en: "cannot write \(path)", ko: "\(path)을(를) 쓸 수 없습니다"))
        }
        session.console.print(session.text(en: "wrote \(path); try: design run \(path)", ko: "\(path)을(를) 썼습니다. 실행: design run \(path)"))
    }

    private func list(in session: Session) {
        for name in DesignLocator.builtInNames(session) { session.console.print("designs/\(name).mmd") }
        for diagram in (try? session.course().diagrams) ?? [] { session.console.print("\(diagram.section)  \(diagram.name)") }
    }
}
