/// The sections (`See 2.3`, `3.1 and 3.2`, `2.3절`) and experiments (`` `run cache` ``) a text cites.
package struct QuizCitations: Sendable, Hashable {
    var sections: [String] = []
    var experiments: [String] = []
    /// Whole commands in backticks that run an experiment or a design: `run cap mode=cp`, `design run 2.1`.
    package var commands: [String] = []

    /// Words after which a number is a section: `See 2.3`, `sections 2.1`.
    private static let leads: Set<String> = ["see", "section", "sections"]
    /// Words that continue a list of sections: `See 3.1 and 3.2`.
    private static let joins: Set<String> = ["and", "or", "또는", "및"]

    package init(_ text: String) {
        let spans = text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter {
            $0.offset % 2 == 1
        }
        for (_, span) in spans {
            let words = span.split(whereSeparator: \.isWhitespace)
            if words.count >= 2, words[0] == "run" {
                experiments.append(String(words[1].prefix { $0.isLetter || $0 == "_" }))
            }
            if words.count >= 2, words[0] == "run" || (words.count >= 3 && words[0] == "design" && words[1] == "run") {
                commands.append(words.joined(separator: " "))
            }
        }
        let words = text.split { $0.isWhitespace || ",;()`".contains($0) }.map(String.init)
        var previousWasSection = false
        for (index, word) in words.enumerated() {
            let before = index > 0 ? words[index - 1].lowercased() : ""
            let afterLead = Self.leads.contains(before) || (Self.joins.contains(before) && previousWasSection)
            let number = Self.sectionNumber(word, afterLead: afterLead)
            if let number { sections.append(number) }
            if number != nil || !Self.joins.contains(word.lowercased()) { previousWasSection = number != nil }
        }
    }

    /// `2.3` from `2.3`, `2.3.` (after a lead word) or `2.3절`, `2.3절과`: digits, one dot, digits.
    private static func sectionNumber(_ word: String, afterLead: Bool) -> String? {
        let number = String(word.prefix { $0.isNumber || $0 == "." })
        let rest = word.dropFirst(number.count)
        let trimmed = number.hasSuffix(".") ? String(number.dropLast()) : number
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 }),
            rest.hasPrefix("절") || (afterLead && (rest.isEmpty || rest == ":"))
        else { return nil }
        return trimmed
    }
}
