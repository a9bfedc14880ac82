import Foundation
import Testing

@testable import Lessons

@Suite("Seals checked from the sheet file's own bytes")
struct SheetSealFileOrderTests {
    /// The diagnostics of grading one sheet file whose text is `edit` applied to what `sheet` writes.
    private static func diagnostics(_ sheet: AnswerSheet, edit: (String) -> String = { $0 }) throws -> [String] {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        try OutputFile.write(Data(sampleKeyText.utf8), to: directory + "/scaling.gift")
        let text = edit(String(decoding: sheet.encoded(), as: UTF8.self))
        try OutputFile.write(Data(text.utf8), to: directory + "/a.json")
        let outcome = Grader.run(GradeRequest(keyPath: directory + "/scaling.gift", inputs: [directory + "/a.json"]))
        #expect(outcome.graded == 1)
        return outcome.diagnostics
    }

    private static func sheet(learner: String = "Ada", essay: String, short: String = "1") -> AnswerSheet {
        AnswerSheet(
            quiz: sampleKey(), learner: learner, submittedAt: Date(timeIntervalSince1970: 0),
            answers: ["essay": .text(essay), "sa": .text(short)])
    }

    @Test("written sheets are intact, with slashes, quotes, bidi controls and escapes written other ways")
    func intact() throws {
        let hostile = Self.sheet(learner: "\u{202E}gnp.exe", essay: "a/b \"c\" \u{1B}\u{85}")
        #expect(try Self.diagnostics(hostile).isEmpty)
        #expect(SheetSeal.fileOrderDigest(hostile.encoded()) == hostile.seal, "the shortcut misses written sheets")
        let quoted = try Self.diagnostics(Self.sheet(essay: "a\"b/c")) {
            $0.replacingOccurrences(of: #"a\"b/c"#, with: #"a\u0022b\/c"#)
        }
        #expect(quoted.isEmpty)
        let spaced = try Self.diagnostics(Self.sheet(essay: "x")) { $0.replacingOccurrences(of: " : ", with: ":") }
        #expect(spaced.isEmpty)
    }

    @Test("an escaped quote cannot move where a string ends: the edit is caught")
    func escapedQuote() throws {
        let lines = try Self.diagnostics(Self.sheet(essay: "2")) {
            $0.replacingOccurrences(
                of: "\"essay\" : \"2\",\n    \"sa\" : \"1\"", with: #""essay" : "2\u0022,\u0022sa\u0022:\u00221""#)
        }
        #expect(lines.count == 1 && lines[0].contains("warning: edited after it was written"), "\(lines)")
    }

    @Test("a changed answer, or keys out of order, are still told apart by the full check")
    func edits() throws {
        let edited = try Self.diagnostics(Self.sheet(essay: "2")) {
            $0.replacingOccurrences(of: "\"2\"", with: "\"3\"")
        }
        #expect(edited.count == 1 && edited[0].contains("warning: edited after it was written"))
        let reordered = try Self.diagnostics(Self.sheet(essay: "2")) {
            $0.replacingOccurrences(
                of: "\"essay\" : \"2\",\n    \"sa\" : \"1\"", with: "\"sa\" : \"1\",\n    \"essay\" : \"2\"")
        }
        #expect(reordered.isEmpty)
    }

    @Test("a pipe named as a sheet is refused at once, not waited on")
    func pipe() throws {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        try OutputFile.write(Data(sampleKeyText.utf8), to: directory + "/scaling.gift")
        #expect(mkfifo(directory + "/p.json", 0o600) == 0)
        let outcome = Grader.run(GradeRequest(keyPath: directory + "/scaling.gift", inputs: [directory + "/p.json"]))
        #expect(
            outcome.diagnostics == ["\(directory)/p.json: not a regular file (a pipe or a device?); name a sheet file"])
    }
}
