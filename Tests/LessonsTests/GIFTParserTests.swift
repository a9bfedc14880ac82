import Testing

@testable import Lessons

@Suite("GIFT parser")
struct GIFTParserTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var source: String
        var expected: Question
        var line: Int = #line
        var testDescription: String { "line \(line): \(source.prefix(40))" }
    }

    static let rows: [Row] = [
        Row(
            source: "Capital of France? {=Paris ~London ~Berlin}",
            expected: Question(
                id: "q1", text: "Capital of France?",
                kind: .multipleChoice([
                    Choice(text: "Paris", fraction: 1), Choice(text: "London", fraction: 0),
                    Choice(text: "Berlin", fraction: 0)
                ]))),
        Row(
            source: "::mc::Pick {=right#Yes! ~%50%half#Half ~%-25%bad#No ~wrong}",
            expected: Question(
                id: "mc", title: "mc", text: "Pick",
                kind: .multipleChoice([
                    Choice(text: "right", fraction: 1, feedback: "Yes!"),
                    Choice(text: "half", fraction: 0.5, feedback: "Half"),
                    Choice(text: "bad", fraction: -0.25, feedback: "No"), Choice(text: "wrong", fraction: 0)
                ]))),
        Row(
            source: "Which are prime? {~%50%2 ~%50%3 ~%-100%4}",
            expected: Question(
                id: "q1", text: "Which are prime?",
                kind: .multipleAnswers([
                    Choice(text: "2", fraction: 0.5), Choice(text: "3", fraction: 0.5), Choice(text: "4", fraction: -1)
                ]))),
        Row(
            source: "Thirds {~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}",
            expected: Question(
                id: "q1", text: "Thirds",
                kind: .multipleAnswers([
                    Choice(text: "a", fraction: 33.33333 / 100), Choice(text: "b", fraction: 33.33333 / 100),
                    Choice(text: "c", fraction: 33.33334 / 100), Choice(text: "d", fraction: -1)
                ]))),
        Row(
            source: "Credit after = is text {=%50%x ~y}",
            expected: Question(
                id: "q1", text: "Credit after = is text",
                kind: .multipleChoice([
                    Choice(text: "%50%x", fraction: 1), Choice(text: "y", fraction: 0)
                ]))),
        Row(
            source: "The sun is a star. {T}",
            expected: Question(
                id: "q1", text: "The sun is a star.", kind: .trueFalse(TrueFalseAnswer(isTrue: true)))),
        Row(
            source: "Sky is green {FALSE#No, blue.#Right, it is blue.}",
            expected: Question(
                id: "q1", text: "Sky is green",
                kind: .trueFalse(
                    TrueFalseAnswer(
                        isTrue: false, feedbackWhenWrong: "No, blue.", feedbackWhenRight: "Right, it is blue.")))),
        Row(
            source: "Cache? {TRUE}",
            expected: Question(id: "q1", text: "Cache?", kind: .trueFalse(TrueFalseAnswer(isTrue: true)))),
        Row(
            source: "Queue? {F}",
            expected: Question(id: "q1", text: "Queue?", kind: .trueFalse(TrueFalseAnswer(isTrue: false)))),
        Row(
            source: "Who wrote it? {=Shakespeare =%50%Marlowe#close =william shakespeare}",
            expected: Question(
                id: "q1", text: "Who wrote it?",
                kind: .shortAnswer([
                    ShortAnswer(text: "Shakespeare"), ShortAnswer(text: "Marlowe", fraction: 0.5, feedback: "close"),
                    ShortAnswer(text: "william shakespeare")
                ]))),
        Row(
            source: "Pi? {#3.14:0.01}",
            expected: Question(
                id: "q1", text: "Pi?", kind: .numerical([NumericAnswer(value: 3.14, tolerance: 0.01)]))),
        Row(
            source: "Between {#1..5}",
            expected: Question(
                id: "q1", text: "Between", kind: .numerical([NumericAnswer(value: 3, tolerance: 2)]))),
        Row(
            source: "Year? {#=1822:0#Exact =%50%1822:2#Close}",
            expected: Question(
                id: "q1", text: "Year?",
                kind: .numerical([
                    NumericAnswer(value: 1822, tolerance: 0, feedback: "Exact"),
                    NumericAnswer(value: 1822, tolerance: 2, fraction: 0.5, feedback: "Close")
                ]))),
        Row(
            source: "Negative {#-5..-1#in range}",
            expected: Question(
                id: "q1", text: "Negative",
                kind: .numerical([NumericAnswer(value: -3, tolerance: 2, feedback: "in range")]))),
        Row(source: "Explain sharding. {}", expected: Question(id: "q1", text: "Explain sharding.", kind: .essay)),
        Row(
            source: "Essay with feedback {####Look at 2.3.}",
            expected: Question(
                id: "q1", text: "Essay with feedback", kind: .essay, generalFeedback: "Look at 2.3.")),
        Row(
            source: "This is only a description.",
            expected: Question(
                id: "q1", text: "This is only a description.", kind: .description)),
        Row(
            source: "::intro::[markdown]**Read** this",
            expected: Question(
                id: "intro", title: "intro", text: "**Read** this", format: .markdown, kind: .description)),
        Row(
            source: "[html]<b>Bold</b> {T}",
            expected: Question(
                id: "q1", text: "<b>Bold</b>", format: .html, kind: .trueFalse(TrueFalseAnswer(isTrue: true)))),
        Row(
            source: "::t::[plain] Plain {=a ~b ####General}",
            expected: Question(
                id: "t", title: "t", text: "Plain", format: .plain,
                kind: .multipleChoice([Choice(text: "a", fraction: 1), Choice(text: "b", fraction: 0)]),
                generalFeedback: "General")),
        Row(
            source: "The {=cat ~dog} sat on the mat.",
            expected: Question(
                id: "q1", text: "The _____ sat on the mat.",
                kind: .multipleChoice([
                    Choice(text: "cat", fraction: 1), Choice(text: "dog", fraction: 0)
                ]))),
        Row(
            source: ##"::a\:b::Escapes \~ \= \# \{ \} \: and \\ and \n and $\frac\{1\}\{2\}$ {=x\~y\=z ~w}"##,
            expected: Question(
                id: "a:b", title: "a:b", text: "Escapes ~ = # { } : and \\ and \n and $\\frac{1}{2}$",
                kind: .multipleChoice([
                    Choice(text: "x~y=z", fraction: 1), Choice(text: "w", fraction: 0)
                ]))),
        Row(
            source: "Time: 3pm? {T}",
            expected: Question(
                id: "q1", text: "Time: 3pm?", kind: .trueFalse(TrueFalseAnswer(isTrue: true)))),
        Row(
            source: "한국어 질문? {=서울 ~부산#아니에요}",
            expected: Question(
                id: "q1", text: "한국어 질문?",
                kind: .multipleChoice([
                    Choice(text: "서울", fraction: 1), Choice(text: "부산", fraction: 0, feedback: "아니에요")
                ]))),
        Row(
            source: "// a comment\n// [weight:2.5]\n::w:: Weighted\n{T}",
            expected: Question(
                id: "w", title: "w", text: "Weighted", kind: .trueFalse(TrueFalseAnswer(isTrue: true)), weight: 2.5,
                line: 3)),
        Row(
            source: "Multi\nline {\n=a\n~b\n}",
            expected: Question(
                id: "q1", text: "Multi\nline",
                kind: .multipleChoice([Choice(text: "a", fraction: 1), Choice(text: "b", fraction: 0)]))),
        Row(
            source: "URL // not a comment {T}",
            expected: Question(
                id: "q1", text: "URL // not a comment", kind: .trueFalse(TrueFalseAnswer(isTrue: true)))),
        Row(
            source: "Formats {=[html]<b>a</b>#[markdown]**yes** ~[plain]b ####[html]<i>general</i>}",
            expected: Question(
                id: "q1", text: "Formats",
                kind: .multipleChoice([
                    Choice(text: "<b>a</b>", fraction: 1, feedback: "**yes**"), Choice(text: "b", fraction: 0)
                ]),
                generalFeedback: "<i>general</i>")),
        Row(
            source: "Case-sensitive formats {=[HTML]a ~b}",
            expected: Question(
                id: "q1", text: "Case-sensitive formats",
                kind: .multipleChoice([
                    Choice(text: "[HTML]a", fraction: 1), Choice(text: "b", fraction: 0)
                ]))),
        Row(
            source: "TF feedback formats {T#[html]<b>no</b>#[plain]yes}",
            expected: Question(
                id: "q1", text: "TF feedback formats",
                kind: .trueFalse(
                    TrueFalseAnswer(
                        isTrue: true, feedbackWhenWrong: "<b>no</b>", feedbackWhenRight: "yes")))),
        Row(
            source: "No equals {One}",
            expected: Question(
                id: "q1", text: "No equals", kind: .shortAnswer([ShortAnswer(text: "One")]))),
        Row(
            source: "Leading text {One =%50%Two#half}",
            expected: Question(
                id: "q1", text: "Leading text",
                kind: .shortAnswer([
                    ShortAnswer(text: "One"), ShortAnswer(text: "Two", fraction: 0.5, feedback: "half")
                ]))),
        Row(
            source: "Lower-case t {t}",
            expected: Question(
                id: "q1", text: "Lower-case t", kind: .shortAnswer([ShortAnswer(text: "t")]))),
        Row(
            source: "Whole word {true}",
            expected: Question(
                id: "q1", text: "Whole word", kind: .shortAnswer([ShortAnswer(text: "true")]))),
        Row(
            source: "Reversed range {#5..1}",
            expected: Question(
                id: "q1", text: "Reversed range", kind: .numerical([NumericAnswer(value: 3, tolerance: 2)]))),
        Row(
            source: "Catch-all {#=4#exact ~#[html]<b>far</b>}",
            expected: Question(
                id: "q1", text: "Catch-all",
                kind: .numerical([
                    NumericAnswer(value: 4, feedback: "exact"),
                    NumericAnswer(value: 0, fraction: 0, feedback: "<b>far</b>", matchesAnything: true)
                ]))),
        Row(
            source: "Match {=TCP -> transport =IP -> network =-> physical}",
            expected: Question(
                id: "q1", text: "Match",
                kind: .matching([
                    MatchPair(left: "TCP", right: "transport"), MatchPair(left: "IP", right: "network"),
                    MatchPair(left: "", right: "physical")
                ])))
    ]

    @Test("every construct parses into the expected question", arguments: rows)
    func construct(row: Row) throws {
        let (questions, errors) = GIFTParser.parse(row.source, file: "t.gift")
        #expect(errors.isEmpty, "\(errors)")
        var expected = row.expected
        if expected.line == 0 { expected.line = 1 }
        #expect(questions == [expected])
    }

    @Test("categories apply to the questions after them; untitled items are numbered by position")
    func categoriesAndPositions() {
        let source =
            "\u{FEFF}$CATEGORY: $course$/top/Scaling\r\n\r\nFirst {T}\r\n\r\n::named:: Second {F}\r\n\r\nThird {}\r"
        let (questions, errors) = GIFTParser.parse(source, file: "t.gift")
        #expect(errors.isEmpty)
        #expect(questions.map(\.id) == ["q1", "named", "q3"])
        #expect(questions.map(\.category) == Array(repeating: "$course$/top/Scaling", count: 3))
        #expect(questions.map(\.line) == [3, 5, 7])
    }

    @Test("CR-only line endings split items")
    func carriageReturnOnly() {
        let (questions, _) = GIFTParser.parse("A {T}\r\rB {F}", file: "t.gift")
        #expect(questions.map(\.text) == ["A", "B"])
    }
}
