import ArgumentParser
import Design
import Experiments
import Foundation
import LabText

/// `design run DESIGN [load=…] [scenario=…] [--json] | compare A B | check CHALLENGE DESIGN | new FILE | list`.
struct DesignCommand: LabCommand {
    static let configuration = CommandConfiguration(
        commandName: "design", abstract: "Run a whole architecture: design run 2.1 load=100M-users, design new FILE.")
    static let summary = Localized(
        en: "The design lab: design run 2.1 load=100M-users, design new FILE, design list",
        ko: "설계 실습: design run 2.1 load=100M-users, design new FILE, design list")
    static let actions = ["run", "compare", "check", "new", "list"]
    static let completion = ArgumentCompletion.choices(actions)

    @Argument(help: "run, compare, check, new or list.") var action: String
    @Argument(help: "A design (file, lesson section or name) and key=value options.") var words: [String] = []
    @Flag(help: "Print the run as one JSON object.") var json = false

    mutating func run(in session: Session) throws {
        do {
            switch action.lowercased() {
            case "run": try runDesign(in: session)
            case "compare": try compare(in: session)
            case "check": try check(in: session)
            case "new": try writeNew(in: session)
            case "list": list(in: session)
            default:
                throw LabError.usage(
                    session.text(en: "design: unknown action '\(action)'", ko: "design: 알 수 없는 동작 '\(action)'"),
                    hint: Suggestion.hint(for: action, in: Self.actions) ?? "design "
                        + Self.actions.joined(separator: "|"))
            }
        } catch let error as DesignError {
            throw LabError(error, language: session.language)
        }
    }

    private func compare(in session: Session) throws {
        guard words.count >= 2 else {
            throw LabError.usage(
                session.text(en: "design compare: two designs, then options", ko: "design compare: 설계 두 개와 옵션을 주세요"),
                hint: "design compare 2.1 scale-out load=3000")
        }
        let options = try DesignRunOptions(Array(words.dropFirst(2)), seed: session.seed, language: session.language)
        let runs = try words.prefix(2).map { name -> (Design, Report) in
            let design = try DesignLocator.load(name, session: session)
            let report = DesignReport.make(
                try DesignRunner.run(design, settings: options.settings), language: session.language)
            session.record(report)
            return (design, report)
        }
        DesignCompare.show(runs[0], runs[1], session: session)
    }

    private func check(in session: Session) throws {
        guard words.count == 2 else {
            throw LabError.usage(
                session.text(en: "design check: a challenge and a design", ko: "design check: 도전 과제 하나와 설계 하나를 주세요"),
                hint: "design check survive-server-crash 2.1")
        }
        let challenge = try DesignLocator.loadChallenge(words[0], session: session)
        let design = try DesignLocator.load(words[1], session: session)
        let check = DesignCheck(challenge: challenge, design: design)
        try DesignCheck.show(try check.rows(session: session), challenge: challenge, design: design, session: session)
    }

    private func runDesign(in session: Session) throws {
        guard let name = words.first else {
            throw LabError.usage(
                session.text(en: "design run: which design?", ko: "design run: 어떤 설계인가요?"),
                hint: "design run 2.1, design run FILE")
        }
        let design = try DesignLocator.load(name, session: session)
        let options = try DesignRunOptions(Array(words.dropFirst()), seed: session.seed, language: session.language)
        var outcome: DesignOutcome?
        let report = try session.runMeasured { control in
            do {
                let result = try DesignRunner.run(design, settings: options.settings, control: control)
                outcome = result
                let capacity = try options.sloMilliseconds.map {
                    try CapacitySearch.find(design, settings: options.settings, outcome: result, p99Limit: $0)
                }
                return DesignReport.make(result, language: session.language, capacity: capacity)
            } catch let error as DesignError {
                throw LabError(error, language: session.language)
            }
        }
        session.record(report)
        if json {
            session.console.print(report.jsonText(language: session.language))
        } else if let outcome {
            session.showLong(
                DesignDiagram.render(design, outcome: outcome, session: session) + "\n\n"
                    + ReportView(
                        report: DesignReport.forDisplay(report, design: design), language: session.language,
                        glyphs: session.glyphs, styler: session.styler,
                        width: session.console.width
                    ).text)
        }
    }

    private func writeNew(in session: Session) throws {
        guard let path = words.first, words.count == 1 else {
            throw LabError.usage(
                session.text(en: "design new: give one file name", ko: "design new: 파일 이름 하나를 주세요"),
                hint: "design new my-design.mmd")
        }
        guard !FileManager.default.fileExists(atPath: path) else {
            throw LabError.usage(
                session.text(
                    en: "\(path) exists; design new never overwrites a file",
                    ko: "\(path)이(가) 이미 있습니다. design new는 파일을 덮어쓰지 않습니다"),
                hint: session.text(en: "pick another name", ko: "다른 이름을 고르세요"))
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(DesignTemplate.text(session.language).utf8))
        else {
            throw LabError(session.text(en: "cannot write \(path)", ko: "\(path)을(를) 쓸 수 없습니다"))
        }
        session.printWrapped(
            session.text(en: "wrote \(path); try: design run \(path)", ko: "\(path)을(를) 썼습니다. 실행: design run \(path)"))
    }

    private func list(in session: Session) {
        for name in DesignLocator.builtInNames(session) { session.console.print("designs/\(name).mmd") }
        for diagram in (try? session.course().diagrams) ?? [] {
            session.console.print("\(diagram.section)  \(diagram.name)")
        }
    }
}
