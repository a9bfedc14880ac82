import Foundation
import LabText
import Testing

@testable import Lessons

@Suite("GIFT errors")
struct GIFTErrorTests {
    private func errors(_ source: String) -> [String] {
        GIFTParser.parse(source, file: "quiz.gift").errors.map(\.description)
    }

    @Test("an unclosed answer section points at its brace")
    func unclosedSection() {
        #expect(
            errors("What is 2+2? {=4 ~5") == [
                """
                quiz.gift:1:14: expected '}' to close the answer section opened here (write \\{ for a literal brace)
                    1 | What is 2+2? {=4 ~5
                      |              ^
                """
            ])
    }

    @Test("a stray closing brace is reported with its column on an indented line")
    func strayClose() {
        #expect(
            errors("Intro\n   text } more") == [
                """
                quiz.gift:2:9: unexpected '}' with no '{' before it (write \\} for a literal brace)
                    2 |    text } more
                      |         ^
                """
            ])
    }

    @Test("an unclosed title says what was expected")
    func unclosedTitle() {
        #expect(
            errors("::title Question {T}") == [
                """
                quiz.gift:1:1: expected '::' to close the title (write \\: for a literal colon)
                    1 | ::title Question {T}
                      | ^
                """
            ])
    }

    @Test("a malformed credit and a non-numeric number are both reported; good items survive")
    func recoveryPerItem() {
        let source = "Bad credit {~%abc%x ~y}\n\nGood {T}\n\nBad number {#three}\n\nBad range {#1..two}"
        let result = GIFTParser.parse(source, file: "quiz.gift")
        #expect(result.questions.map(\.text) == ["Good"])
        #expect(result.questions.map(\.id) == ["q2"])
        #expect(
            result.errors.map(\.description) == [
                """
                quiz.gift:1:14: expected a credit between -100 and 100 between the '%' signs, got '%abc%'
                    1 | Bad credit {~%abc%x ~y}
                      |              ^
                """,
                """
                quiz.gift:5:14: expected a number, 'n:tolerance' or 'min..max', got 'three'
                    5 | Bad number {#three}
                      |              ^
                """,
                """
                quiz.gift:7:13: expected a number, 'n:tolerance' or 'min..max', got '1..two'
                    7 | Bad range {#1..two}
                      |             ^
                """
            ])
    }

    @Test(
        "each problem gets its own message",
        arguments: [
            ("Q {~a ~b}", "1:4: expected a right answer: '=' for one, or '~%50%' credits when several are right"),
            ("Q {=a ~}", "1:7: expected the answer's text after '~'"),
            ("Q {=a ~%150%b}", "1:8: expected a credit between -100 and 100 between the '%' signs, got '%150%'"),
            (
                "Q {=a} and {=b}",
                "1:12: expected only one answer section per question (write \\{ or \\} for a literal brace)"
            ),
            ("Q {=a {=b}}", "1:7: expected '}' before another '{' (write \\{ for a literal brace)"),
            ("Q {#}", "1:4: expected a number after '#', as in {#3.14:0.01} or {#1..5}"),
            ("Q {#nan}", "1:5: expected a number, 'n:tolerance' or 'min..max', got 'nan'"),
            ("Q {=a -> b}", "1:4: expected at least two '=left -> right' pairs in a matching question"),
            ("Q {=a -> b =c}", "1:12: expected '->' between the item and its match, as in =TCP -> transport"),
            ("// [weight:zero]\nQ {T}", "1:4: expected a positive number of points in [weight:N], got 'zero'"),
            (
                "$CATEGORY: x\nQ {T}",
                "2:1: expected a blank line after the $CATEGORY line (this line would be swallowed into the category)"
            ),
            (
                "::a:: A {T}\n\n::a:: B {F}",
                "3:1: duplicate question id 'a' (first used on line 1); give each question its own ::title::"
            )
        ])
    func messages(source: String, expected: String) {
        let first = errors(source).first ?? ""
        #expect(first.hasPrefix("quiz.gift:" + expected + "\n"), "\(first)")
    }

    @Test("the caret sits under the mistake when Hangul (two columns) comes before it")
    func caretUnderHangul() {
        #expect(
            errors("한국어 {=a ~b") == [
                """
                quiz.gift:1:5: expected '}' to close the answer section opened here (write \\{ for a literal brace)
                    1 | 한국어 {=a ~b
                      |        ^
                """
            ])
    }

    @Test("a file with thousands of bad items prints the first 50 and a count")
    func manyErrors() {
        let source = Array(repeating: "Bad {=a", count: 1000).joined(separator: "\n\n")
        let (_, found) = GIFTParser.parse(source, file: "quiz.gift")
        let text = GIFTErrors(found).description
        #expect(text.components(separatedBy: "expected '}'").count - 1 == 50)
        #expect(text.hasSuffix("... and 950 more error(s) in quiz.gift; fix the ones above and check again"))
    }

    @Test("a key larger than the limit is refused with the limit and the fix, without reading it all")
    func sizeLimit() throws {
        let directory = makeTemporaryDirectory()
        defer { removeTemporaryDirectory(directory) }
        let path = directory + "/big.gift"
        try OutputFile.write(Data(repeating: UInt8(ascii: "a"), count: QuizFile.sizeLimit + 1), to: path)
        #expect(
            throws: QuizFileError(
                path: path,
                reason: Localized(
                    en: "larger than 2 MB; a quiz is at most 2 MB, so split it into several files",
                    ko: "2 MB보다 큽니다. 퀴즈는 2 MB까지이니 여러 파일로 나누세요"))
        ) {
            try QuizFile.loadKey(path: path)
        }
    }
}
