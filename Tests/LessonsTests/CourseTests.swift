import Foundation
import Testing

@testable import Lessons

@Suite struct LessonDocumentTests {
    let markdown = """
        # 2. How it scales

        Intro text.

        ## 2.1 Scale-out

        ```mermaid
        %% name: scale-out
        graph LR
            A --> B
        ```

        ```lab
        # a comment
        run scale

          run sessions servers=3
        ```

        ## 2.2 Databases

        ```python
        # 1. not a heading inside code
        ```

        ### Replication (no number: part of 2.2)

        Text about replicas.
        """

    @Test("Numbered headings become sections; headings inside code fences do not")
    func sections() {
        let document = LessonDocument(markdown: markdown, file: "2-how.md")
        #expect(document.sections.map(\.number) == ["2", "2.1", "2.2"])
        #expect(document.sections.map(\.title) == ["How it scales", "Scale-out", "Databases"])
        #expect(document.sections.map(\.line) == [1, 5, 20])
        #expect(document.sections[2].markdown.hasSuffix("Text about replicas."))
        #expect(document.sections[1].markdown.hasPrefix("## 2.1 Scale-out"))
    }

    @Test("Lab blocks keep each command's file line; comments and blank lines are dropped")
    func labBlocks() {
        let document = LessonDocument(markdown: markdown, file: "2-how.md")
        let block = try! #require(document.sections[1].labBlocks.first)
        #expect(block.commands.map(\.text) == ["run scale", "run sessions servers=3"])
        #expect(block.commands.map(\.line) == [15, 17])
        #expect(document.sections[0].labBlocks.count == 1)
        #expect(document.sections[2].labBlocks.isEmpty)
    }

    @Test("A diagram takes its name from a '%% name:' line")
    func diagrams() {
        let document = LessonDocument(markdown: markdown, file: "2-how.md")
        #expect(document.sections[1].diagrams.map(\.name) == ["scale-out"])
    }

    @Test("A section's body is the same whichever section is read first, and the same when read again")
    func lazyBodies() {
        let first = LessonDocument(markdown: markdown, file: "2-how.md").sections
        let second = LessonDocument(markdown: markdown, file: "2-how.md").sections
        let late = second.reversed().map { ($0.markdown, $0.labBlocks, $0.diagrams) }.reversed()
        for (section, body) in zip(first, late) {
            #expect(section.markdown == body.0)
            #expect(section.labBlocks == body.1)
            #expect(section.diagrams == body.2)
            #expect(section.markdown == section.markdown)
        }
        #expect(first[0].markdown.hasPrefix("# 2. How it scales") && first[0].markdown.hasSuffix("replicas."))
        #expect(first[1].diagrams.map(\.section) == ["2.1"] && first[0].diagrams.map(\.section) == ["2"])
    }

    @Test("The same section loaded twice is equal and hashes alike; another text makes it differ")
    func equality() {
        let first = LessonDocument(markdown: markdown, file: "2-how.md").sections
        let again = LessonDocument(markdown: markdown, file: "2-how.md").sections
        let edited = LessonDocument(
            markdown: markdown.replacingOccurrences(of: "Intro", with: "Other"), file: "2-how.md")
        #expect(first == again)
        #expect(Set(first + again).count == 3)
        #expect(first[0] != edited.sections[0])
        #expect(first[1] == edited.sections[1])
    }
}

@Suite struct CourseTests {
    let course = Course(
        sections:
            LessonDocument(markdown: "# 0. Questions\n## 0.1 First\nAlpha\n## 0.2 Second\nBeta alpha", file: "0.md")
            .sections
            + LessonDocument(markdown: "# 1. Why\nGamma\n## 1.1 Three\nALPHA here", file: "1.md").sections,
        folder: "/x")

    @Test("next and prev walk the sections in reading order")
    func walking() {
        #expect(course.section(after: nil)?.number == "0")
        #expect(course.section(after: "0.2")?.number == "1")
        #expect(course.section(after: "1.1") == nil)
        #expect(course.section(before: "1")?.number == "0.2")
        #expect(course.section(before: "0") == nil)
        #expect(course.section("1.")?.number == "1")
    }

    @Test("Search finds a word once per section, ignoring case, in its own lines only")
    func search() {
        let hits = course.search("alpha", language: "en")
        #expect(hits.map(\.section) == ["0.1", "0.2", "1.1"])
        #expect(hits.last?.excerpt == "ALPHA here")
    }

    @Test("A folder without lessons is an error that says how to point at one")
    func missingFolder() {
        #expect(throws: CourseError.noLessons(folder: "/nonexistent")) { try Course.load(folder: "/nonexistent") }
    }
}
