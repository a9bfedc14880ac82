import Foundation

/// What Tab offers for the text before the cursor; pure logic, so it is tested without a terminal.
package struct Completer {
    /// The words that can appear where the learner is typing.
    package struct Vocabulary {
        package var sections: [String]
        package var experiments: [(id: String, parameters: [String])]
        package var metrics: [String]
        package var diagrams: [String]
        /// The values a parameter takes, by `experiment.parameter` (`cache.coalesce`: `true`, `false`).
        package var values: [String: [String]]

        package init(
            sections: [String] = [], experiments: [(id: String, parameters: [String])] = [],
            metrics: [String] = [], diagrams: [String] = [], values: [String: [String]] = [:]
        ) {
            self.values = values
            self.sections = sections
            self.experiments = experiments
            self.metrics = metrics
            self.diagrams = diagrams
        }
    }

    /// What to do with a Tab press.
    package struct Completion: Equatable {
        /// Text to insert at the cursor (may be empty).
        package var insertion: String
        /// Every match, listed when the prefix is ambiguous.
        package var candidates: [String]
    }

    package let vocabulary: Vocabulary

    package init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// Completes the last word of `textBeforeCursor`.
    package func complete(_ textBeforeCursor: String) -> Completion {
        let endsWithSpace = textBeforeCursor.last == " "
        var words = textBeforeCursor.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let partial = endsWithSpace ? "" : (words.popLast() ?? "")
        let options = words.isEmpty ? CommandTable.names : candidates(after: words, partial: partial)
        let matches = Array(Set(options.filter { $0.hasPrefix(partial) })).sorted()
        return Self.completion(of: partial, among: matches)
    }

    /// The insertion for `partial` given its matches: the rest of a unique match plus a space,
    /// or the longest common prefix of several.
    static func completion(of partial: String, among matches: [String]) -> Completion {
        guard let first = matches.first else { return Completion(insertion: "", candidates: []) }
        if matches.count == 1 {
            let suffix = String(first.dropFirst(partial.count))
            let closes = !(first.hasSuffix("=") || first.hasSuffix("/"))
            return Completion(insertion: suffix + (closes ? " " : ""), candidates: matches)
        }
        let common = matches.dropFirst().reduce(first) { $0.commonPrefix(with: $1) }
        return Completion(insertion: String(common.dropFirst(partial.count)), candidates: matches)
    }

    private func candidates(after words: [String], partial: String) -> [String] {
        if partial.contains("/") || partial.hasPrefix("~") || partial.hasPrefix(".") { return files(matching: partial) }
        guard let completion = CommandTable.command(named: words[0])?.completion else { return [] }
        switch completion {
        case .none: return []
        case .commands: return words.count == 1 ? CommandTable.all.map { $0.name } : []
        case .sections: return words.count == 1 ? vocabulary.sections : []
        case .experiments: return words.count == 1 ? vocabulary.experiments.map(\.id) : []
        case .experimentParameters: return experimentWords(after: words, partial: partial)
        case .files: return files(matching: partial)
        case .choices(let choices): return words.count == 1 ? choices : []
        case .metrics: return words.count == 1 ? vocabulary.metrics : []
        case .diagrams: return words.count == 1 ? vocabulary.diagrams : []
        }
    }

    /// Experiment ids, then `key=` parameters not given yet, then after `key=` the values it takes.
    private func experimentWords(after words: [String], partial: String) -> [String] {
        guard words.count >= 2 else { return vocabulary.experiments.map(\.id) }
        guard let experiment = vocabulary.experiments.first(where: { $0.id == words[1] }) else { return [] }
        if let equals = partial.firstIndex(of: "=") {
            let key = String(partial[..<equals])
            return (vocabulary.values[experiment.id + "." + key] ?? []).map { key + "=" + $0 }
        }
        let given = Set(words.dropFirst(2).compactMap { $0.split(separator: "=").first.map(String.init) })
        return experiment.parameters.filter { !given.contains($0) }.map { $0 + "=" } + ["sweep=", "--json"]
    }

    /// Paths that start with `partial`; folders end with `/`.
    private func files(matching partial: String) -> [String] {
        let expanded = (partial as NSString).expandingTildeInPath
        let folder = partial.hasSuffix("/") ? expanded : (expanded as NSString).deletingLastPathComponent
        let shownFolder =
            partial.hasSuffix("/") ? partial : String(partial.dropLast((partial as NSString).lastPathComponent.count))
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return listed.filter { !$0.hasPrefix(".") || partial.hasSuffix("/.") }.sorted().map { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(
                atPath: (folder.isEmpty ? "." : folder) + "/" + name, isDirectory: &isFolder)
            return shownFolder + name + (isFolder.boolValue ? "/" : "")
        }
    }
}
