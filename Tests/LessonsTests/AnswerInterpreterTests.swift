import Testing

@testable import Lessons

@Suite("Answer interpretation")
struct AnswerInterpreterTests {
    static let quiz = GIFTParser.parse(
        """
        ::mc:: Pick {=Paris ~London ~Berlin ~Rome}

        ::ma:: Primes {~%50%2 ~%50%3 ~%-100%4}

        ::tf:: True? {T}

        ::num:: Number {#1234.5}

        ::sa:: Name {=서울}

        ::es:: Explain {}
        """, file: "t.gift"
    ).questions

    static func question(_ id: String) -> Question {
        quiz.first { $0.id == id }!
    }

    @Test(
        "typed text becomes the response the question takes",
        arguments: [
            ("mc", "b", Response.text("London")), ("mc", " B ", .text("London")), ("mc", "rome", .text("Rome")),
            ("ma", "a,b", .texts(["2", "3"])), ("ma", "a c", .texts(["2", "4"])), ("ma", "CA", .texts(["2", "4"])),
            ("ma", "b, b", .texts(["3"])),
            ("tf", "t", .bool(true)), ("tf", "FALSE", .bool(false)), ("tf", "o", .bool(true)),
            ("tf", "x", .bool(false)),
            ("tf", "참", .bool(true)), ("tf", "거짓", .bool(false)), ("tf", "예", .bool(true)), ("tf", "아니오", .bool(false)),
            ("num", "1234.5", .number(1234.5)), ("num", "1,234.5", .number(1234.5)), ("num", "-2e3", .number(-2000)),
            ("sa", "  서울  ", .text("서울")), ("es", "긴 답\n둘째 줄", .text("긴 답\n둘째 줄"))
        ])
    func understood(id: String, typed: String, expected: Response) throws {
        #expect(try AnswerInterpreter.interpret(typed, for: Self.question(id)) == expected)
    }

    @Test(
        "text that cannot be understood says what to type",
        arguments: [
            ("mc", "e", "could not understand 'e'; type a letter a-d"),
            ("ma", "a,z", "could not understand 'a,z'; type one or more letters a-c, such as a,c"),
            ("tf", "maybe", "could not understand 'maybe'; type t (true) or f (false)"),
            ("num", "1,5", "could not understand '1,5'; write decimals with a point (1.5) and thousands as 1,234"),
            ("num", "nan", "could not understand 'nan'; type a number such as 42 or 3.14"),
            ("sa", "  ", "type your answer")
        ])
    func refused(id: String, typed: String, message: String) {
        #expect(throws: AnswerProblem.self) { try AnswerInterpreter.interpret(typed, for: Self.question(id)) }
        do {
            _ = try AnswerInterpreter.interpret(typed, for: Self.question(id))
        } catch {
            #expect(error.message.en == message)
            #expect(!error.message.ko.isEmpty)
        }
    }
}
