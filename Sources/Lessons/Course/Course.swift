import Foundation

/// The course in one language: every lesson file's sections in reading order.
package struct Course: Sendable {
    /// Sections in reading order: `0`, `0.1`, …, `1`, `1.1`, …
    package let sections: [LessonSection]
    package let folder: String

    /// Loads every `*.md` in `folder`, ordered by file name (`0-…`, `1-…`).
    package static func load(folder: String) throws(CourseError) -> Course {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        guard !names.isEmpty else { throw .noLessons(folder: folder) }
        var sections: [LessonSection] = []
        for name in names {
            sections += try LessonDocument.load(folder + "/" + name).sections
        }
        return Course(sections: sections, folder: folder)
    }

    package var sectionNumbers: [String] { sections.map(\.number) }

    package func section(_ number: String) -> LessonSection? {
        let wanted = number.hasSuffix(".") ? String(number.dropLast()) : number
        return sections.first { $0.number == wanted }
    }

    /// The section after `number` in reading order.
    package func section(after number: String?) -> LessonSection? {
        guard let number, let index = sections.firstIndex(where: { $0.number == number }) else { return sections.first }
        return sections.indices.contains(index + 1) ? sections[index + 1] : nil
    }

    /// The section before `number` in reading order.
    package func section(before number: String?) -> LessonSection? {
        guard let number, let index = sections.firstIndex(where: { $0.number == number }), index > 0 else { return nil }
        return sections[index - 1]
    }

    /// The top-level sections (whole files).
    package var chapters: [LessonSection] {
        sections.filter { !$0.number.contains(".") }
    }

    /// Every diagram, each once, with a name: its `%% name:` or `SECTION-N`.
    package var diagrams: [LessonDiagram] {
        var seen = Set<String>()
        var named: [LessonDiagram] = []
        for chapter in chapters {
            for (index, diagram) in chapter.diagrams.enumerated() where seen.insert(diagram.source).inserted {
                let owner =
                    sections.last { $0.diagrams.contains { $0.source == diagram.source } }?.number ?? chapter.number
                let name = diagram.name.isEmpty ? "\(chapter.number)-\(index + 1)" : diagram.name
                named.append(LessonDiagram(name: name, section: owner, source: diagram.source))
            }
        }
        return named
    }
}
