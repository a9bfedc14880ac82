/// One numbered part of a lesson: `2` is a whole file, `2.2` a subsection.
///
/// The number, title and place are read at load; the text, lab blocks and diagrams when first asked for.
package struct LessonSection: Sendable, Hashable {
    /// The number as written in the heading, for example `2.2`.
    package let number: String
    package let title: String
    /// The file the section comes from and the line of its heading (1-based).
    package let file: String
    package let line: Int
    /// The lines of the file the section spans (0-based, its heading first).
    let lines: Range<Int>
    let source: LessonSource

    /// The Markdown of the section, its heading included.
    package var markdown: String { source.markdown(lines) }
    /// Lab blocks inside this section (for a whole file, every one in the file).
    package var labBlocks: [LabBlock] { source.labBlocks(lines) }
    /// Mermaid diagrams inside this section.
    package var diagrams: [LessonDiagram] { source.diagrams(lines, section: number) }

    /// `2.2` is inside `2`; a section is inside itself.
    package func contains(_ other: String) -> Bool {
        other == number || other.hasPrefix(number + ".")
    }

    package static func == (lhs: LessonSection, rhs: LessonSection) -> Bool {
        lhs.number == rhs.number && lhs.title == rhs.title && lhs.file == rhs.file && lhs.lines == rhs.lines
            && (lhs.source === rhs.source || lhs.markdown == rhs.markdown)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(file)
        hasher.combine(lines)
    }
}

/// A fenced ```lab block: commands a learner can run from a section.
package struct LabBlock: Sendable, Hashable {
    package struct Command: Sendable, Hashable {
        package let text: String
        /// The line of the command in its file (1-based).
        package let line: Int
    }

    package let commands: [Command]
    package let file: String
    package let line: Int
}

/// A fenced ```mermaid block, named by a `%% name: …` line or by its section and position.
package struct LessonDiagram: Sendable, Hashable {
    package let name: String
    package let section: String
    package let source: String
}
