import ArgumentParser
import Design
import Experiments
import Foundation
import LabText
import Testing

@testable import LabShell

/// Every command, help page and error path run under `--lang ko` through the process entry says
/// nothing in English outside the names a learner types (commands, options, experiments,
/// parameters, metrics), units, acronyms, file paths and code spans.
@Suite struct KoreanSweepTests {
    @Test("No English word is printed under --lang ko, outside the allow-list")
    func noEnglish() async throws {
        let fixtures = Fixtures()
        defer { fixtures.remove() }
        try await fixtures.make()
        var found: [String: Set<String>] = [:]
        for script in fixtures.scripts {
            let line = script.joined(separator: "; ").replacingOccurrences(of: fixtures.folder, with: "F")
            let text = Self.run(["-f", "-"], input: script)
            for word in Self.englishWords(in: text.replacingOccurrences(of: fixtures.folder, with: "F")) {
                found[word, default: []].insert(line)
            }
        }
        for arguments in Self.invocations {
            let text = Self.run(arguments, input: [])
            for word in Self.englishWords(in: text) {
                found[word, default: []].insert(arguments.joined(separator: " "))
            }
        }
        let report = found.keys.sorted().map { "\($0)  <- \(found[$0]!.sorted().joined(separator: " | "))" }
        #expect(report.isEmpty, "English under --lang ko:\n\(report.joined(separator: "\n"))")
    }

    @Test("The sweep finds an English sentence, and lets names, units and code spans through")
    func detector() {
        #expect(Self.englishWords(in: "the line is too long") == ["the", "line", "is", "too", "long"])
        #expect(
            Self.englishWords(in: "run load rate=3600 p99_ms 12 ms `some code` 'quoted words' lessons/ko/2.md").isEmpty)
        #expect(Self.englishWords(in: "보고서를 JSON으로, CAP 정리, --json 플래그").isEmpty)
    }

    /// Standard output and standard error of `scalelab --lang ko ARGS` with `input` on standard input.
    static func run(_ arguments: [String], input: [String]) -> String {
        let console = Console(sink: .capture)
        let environment = ShellEnvironment(
            variables: ["LANG": "ko_KR.UTF-8"], lessonsPath: lessonsFolder, statePath: "/nonexistent/state")
        _ = ProcessEntry.run(
            ["--lang", "ko"] + arguments, io: LaunchIO(environment: environment, console: console, input: input))
        return console.capturedOutput + console.capturedErrors
    }

    /// Lower-case words of two letters or more, outside code spans, quotes, paths, options and assignments,
    /// that are not names the learner types.
    static func englishWords(in text: String) -> [String] {
        // NB: a gloss in parentheses right after its Korean term (상태 확인(health check)) follows the glossary.
        let unquoted = text.replacing(
            /`[^`\n]*`|'[^'\n]*'|"[^"\n]*\n?[^"\n]*"|[가-힣]\([A-Za-z '-]+\)|Little's law/, with: " ")
        return unquoted.split(whereSeparator: \.isWhitespace).flatMap { token -> [String] in
            if token.hasPrefix("-") || token.contains(where: { "_=/<>#@".contains($0) || $0.isNumber }) { return [] }
            let trimmed = token.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            if trimmed.contains(where: { ".:-".contains($0) }) { return [] }
            return trimmed.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { word in
                let lowered = word.lowercased()
                return word.count >= 2 && word != word.uppercased() && !Set(lowered).isSubset(of: ["x", "o"])
                    && !allowed.contains(lowered)
            }
        }
    }

    /// The keys of a `--json` report: metric and parameter names, which tables print as they are.
    static func jsonKeys(_ text: String) -> Set<String> {
        Set(text.matches(of: /"([a-z0-9_]+)":/).map { String($0.output.1) })
    }

    /// Names a learner types or reads in the code, and the few words the course keeps in English.
    static let allowed: Set<String> = {
        var names = Set(CommandTable.names).union(typed)
        for experiment in ExperimentCatalog.all {
            names.insert(experiment.id)
            for spec in experiment.parameters {
                names.insert(spec.name.lowercased())
                if case .choice(let values) = spec.domain {
                    // NB: a table may wrap a value at its '_' or '+' ("decorrelated_" / "jitter").
                    let parts = values.flatMap { $0.lowercased().split { "_+".contains($0) }.map(String.init) }
                    names.formUnion(values.map { $0.lowercased() } + parts)
                }
            }
            names.formUnion(jsonKeys(run(["run", experiment.id, "--json"], input: [])))
        }
        names.formUnion(jsonKeys(run(["design", "run", "2.1", "--json"], input: [])))
        names.formUnion(NodeKind.allCases.map(\.rawValue))
        let types: [any ParsableCommand.Type] = CommandTable.all + [RootCommand.self]
        for type in types {
            for entry in HelpPage.arguments(of: type) {
                names.insert(entry.key.lowercased())
                names.formUnion(entry.values.map { $0.lowercased() })
            }
        }
        return names
    }()

    /// Words typed as they are (subcommands, settings, modes, scenario verbs, question kinds, CSV columns, among
    /// them Moodle's, JSON literals), units and proper nouns.
    static let typed: Set<String> = [
        "list", "new", "check", "start", "export", "exam", "practice", "keep", "drop", "width", "state", "paper",
        "kill",
        "essay", "numerical", "full", "maximum", "percentage", "completed", "minutes", "true", "false",
        "learner", "question", "points", "comment", "min", "ms", "req", "ln", "che", "erlang", "xfetch", "cpython",
        "libreoffice", "excel", "sqlite", "redis", "tab", "mermaid", "moodle", "scalelab"
    ]
}
