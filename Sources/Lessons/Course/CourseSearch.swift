/// A line of the course that contains a searched word.
package struct SearchHit: Sendable, Hashable {
    package let language: String
    package let section: String
    package let title: String
    package let excerpt: String
}

extension Course {
    /// Lines containing `word` (case-insensitive), one hit per section at most, in reading order.
    package func search(_ word: String, language: String) -> [SearchHit] {
        let needle = word.lowercased()
        guard !needle.isEmpty else { return [] }
        return sections.compactMap { section in
            let own = ownLines(of: section)
            guard let line = own.first(where: { $0.lowercased().contains(needle) }) else { return nil }
            return SearchHit(
                language: language, section: section.number, title: section.title,
                excerpt: line.trimmingCharacters(in: .whitespaces))
        }
    }

    /// The section's lines that are not inside one of its subsections.
    private func ownLines(of section: LessonSection) -> [String] {
        let lines = section.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let children = sections.filter { $0.number != section.number && section.contains($0.number) }
        guard let firstChild = children.first else { return lines }
        return Array(lines.prefix(firstChild.line - section.line))
    }
}
