import Foundation
import Testing

@testable import Lessons

@Suite("Scoring by Moodle's rules")
struct ScoringTests {
    static let questions = GIFTParser.parse(
        """
        ::mc:: Pick {=Paris#Yes ~%50%Lyon#Half ~%-50%Rome#No ~Berlin}

        ::ma:: Primes {~%50%2#two ~%50%3#three ~%-100%4#four}

        ::tf:: True? {F#It is false.#Right.}

        ::num:: Pi {#=3.14:0.01#Good =%50%3:0.5#Rough}

        ::range:: Between {#1..5}

        ::sa:: Capital {=Seoul#Yes =%50%Busan#Second city}

        ::wild:: Any {=a\\*b#literal star =%50%*cat*#has cat =%25%*#anything}

        ::thirds:: Three {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}

        ::catch:: Four {#4 ~#Too far}

        ::match:: Layers {=TCP -> transport =IP -> network =HTTP -> application =-> physical}

        // [weight:3]
        ::heavy:: Worth three {T}

        ::es:: Explain {}
        """, file: "t.gift"
    ).questions

    static func question(_ id: String) -> Question {
        questions.first { $0.id == id }!
    }

    typealias Case = (String, Response, Double, Verdict, [String])

    static let basicCases: [Case] = [
        ("mc", .text("Paris"), 1.0, .correct, ["Yes"]),
        ("mc", .text("Lyon"), 0.5, .partial, ["Half"]),
        ("mc", .text("Rome"), -0.5, .wrong, ["No"]),
        ("mc", .text("Nowhere"), 0, .wrong, []),
        ("ma", .texts(["2", "3"]), 1, .correct, ["two", "three"]),
        ("ma", .texts(["2"]), 0.5, .partial, ["two"]),
        ("ma", .texts(["2", "3", "4"]), 0, .wrong, ["two", "three", "four"]),
        ("ma", .texts(["2", "2"]), 0.5, .partial, ["two"]),
        ("tf", .bool(false), 1, .correct, ["Right."]),
        ("tf", .bool(true), 0, .wrong, ["It is false."]),
        ("num", .number(3.1415), 1, .correct, ["Good"]),
        ("num", .number(3.15), 1, .correct, ["Good"]),
        ("num", .number(3.3), 0.5, .partial, ["Rough"]),
        ("num", .number(4), 0, .wrong, []),
        ("range", .number(1), 1, .correct, [])
    ]

    static let moodleCases: [Case] = [
        ("range", .number(5.0001), 0, .wrong, []),
        ("sa", .text("  SEOUL "), 1, .correct, ["Yes"]),
        ("sa", .text("Se oul"), 0, .wrong, []),
        ("wild", .text(" Concatenate "), 0.5, .partial, ["has cat"]),
        ("wild", .text("dog"), 0.25, .partial, ["anything"]),
        ("wild", .text("a*b"), 1, .correct, ["literal star"]),
        ("thirds", .texts(["a", "b", "c"]), 1, .correct, []),
        ("thirds", .texts(["a", "b"]), 0.6666666, .partial, []),
        ("catch", .number(7), 0, .wrong, ["Too far"]),
        ("catch", .number(4), 1, .correct, []),
        ("match", .pairs(["TCP": "transport", "IP": "network", "HTTP": "application"]), 1, .correct, []),
        ("match", .pairs(["TCP": "transport", "IP": "application"]), 1.0 / 3, .partial, []),
        ("sa", .text("busan"), 0.5, .partial, ["Second city"]),
        ("heavy", .bool(true), 3, .correct, []),
        ("mc", .bool(true), 0, .wrong, [])
    ]

    @Test("each response earns its points, verdict and feedback", arguments: basicCases + moodleCases)
    func scored(id: String, response: Response, points: Double, verdict: Verdict, feedback: [String]) {
        let score = Self.question(id).score(response)
        #expect(abs(score.points - points) < 1e-6)
        #expect(score.verdict == verdict)
        #expect(score.feedback == feedback)
    }

    @Test(
        "right, partial and wrong follow Moodle's thresholds 0.999999 and 0.000001",
        arguments: [
            (1.0, Verdict.correct), (0.9999995, .correct), (0.999999, .partial), (0.5, .partial), (0.000001, .partial),
            (0.0000005, .wrong), (0, .wrong), (-0.5, .wrong)
        ])
    func thresholds(fraction: Double, verdict: Verdict) {
        #expect(Verdict(fraction: fraction) == verdict)
    }

    @Test("a negative single choice takes points off, but a sheet's total never drops below 0")
    func negativeTotal() throws {
        let key = try QuizFile.parseGIFT(Data("::a:: A {=x ~%-50%y}\n\n::b:: B {=x ~y}".utf8), path: "n.gift")
        var session = QuizSession(quiz: key)
        let letter = { (session: QuizSession) in session.current!.choices.first { $0.text == "y" }!.letter }
        _ = try session.answer(letter(session))
        #expect(session.outcomes[0].score?.points == -0.5)
        _ = try session.answer(letter(session))
        #expect(session.summary.points == 0)
    }

    @Test("unanswered questions earn nothing; essays are ungraded and out of the maximum")
    func unansweredAndEssay() {
        let unanswered = Self.question("heavy").score(nil)
        #expect(unanswered.verdict == .unanswered && unanswered.points == 0 && unanswered.maxPoints == 3)
        let essay = Self.question("es").score(.text("long text"))
        #expect(essay.verdict == .ungraded && essay.maxPoints == 0)
    }

    @Test(
        "the right answer is shown as text",
        arguments: [
            ("mc", "Paris"), ("ma", "2; 3"), ("tf", "false"), ("num", "3.14 ± 0.01"), ("range", "3 ± 2"),
            ("sa", "Seoul")
        ])
    func rightAnswer(id: String, text: String) {
        #expect(Self.question(id).rightAnswer == text)
    }
}
