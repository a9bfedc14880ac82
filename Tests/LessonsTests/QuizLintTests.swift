import Foundation
import Testing

@testable import Lessons

@Suite("Quiz lints in lessons check")
struct QuizLintTests {
    struct Fixture: Sendable, CustomTestStringConvertible {
        var source: String
        /// The line the finding must name, and words its message must contain.
        var line: Int
        var says: String
        var testDescription: String { says }
    }

    static let fine = "####See 2.3 and `run cache`."

    static let fixtures: [Fixture] = [
        Fixture(source: "::two:: Q {=a =b ~c \(fine)}", line: 1, says: "more than one choice gets full credit"),
        Fixture(
            source: "::cut:: N = 3? {=W = 2, R = 2 ~W = 1 \(fine)}", line: 1,
            says: "choices look like fragments of one formula ('W', '2, R', '2'"),
        Fixture(
            source: "::pair:: Q {~at least W =2 replicas ~x y ~z w \(fine)}", line: 1,
            says: "choice 'at least W' and the next choice '2 replicas'"),
        Fixture(
            source: "::num:: Q {~one copy ~two copies =3 ~no copy \(fine)}", line: 1,
            says: "choice '3' is only a number among choices that are words"),
        Fixture(source: "::rhs:: Q {~x y ~W >= 2 ~z w ~u v \(fine)}", line: 1, says: "choice 'W >' ends with '>'"),
        Fixture(
            source: "::comma:: Q {=R, W ~x y ~z w ~u v \(fine)}", line: 1,
            says: "choice 'R, W' ends with a lone word after a comma"),
        Fixture(
            source: "\n::three:: Q {=a ~b ~c \(fine)}", line: 2,
            says: "3 choices; give a multiple-choice question at least 4"),
        Fixture(
            source: "::nosec:: Q {=a ~b ~c ~d ####Because the cache answers first. Try `run cache`.}", line: 1,
            says: "the general feedback points to no section"),
        Fixture(source: "::bare:: Q {=a ~b}", line: 1, says: "no general feedback"),
        Fixture(source: "\n\n::essay:: Explain. {}", line: 3, says: "an essay without a model answer"),
        Fixture(source: "::sec:: Q {=a ~b ####See 9.9.}", line: 1, says: "cites section 9.9"),
        Fixture(source: "::sec2:: Q {=a ~b ####9.9절 참고.}", line: 1, says: "cites section 9.9"),
        Fixture(source: "::exp:: Q {=a ~b ####See 2.3 and `run nosuch x=1`.}", line: 1, says: "cites 'run nosuch'"),
        Fixture(source: "::tf:: Q {T#Right: it is.#No.\(fine)}", line: 1, says: "starts by praising"),
        Fixture(source: "::tfko:: Q {F#맞습니다.#아니요.\(fine)}", line: 1, says: "starts by praising"),
        Fixture(
            source: (1...4).map { "::p\($0):: Q\($0) {=right \($0) ~w ~v \(fine)}" }.joined(separator: "\n\n"),
            line: 1, says: "the right answer is choice a in 4 of 4"),
        Fixture(
            source: (1...4).map {
                "::l\($0):: Q\($0) {~w ~the long right answer \($0) ~v =a much longer right answer \(fine)}"
            }
            .joined(separator: "\n\n").replacingOccurrences(of: "~the long right answer", with: "~x"),
            line: 1, says: "the right answer is the longest choice in 4 of 4")
    ]

    static let lint = QuizLint(sections: ["2.3", "3.1"], experiments: ["cache", "breaker"])

    static func findings(_ source: String) throws -> [QuizLint.Finding] {
        lint.check(try QuizFile.parseGIFT(Data(source.utf8), path: "f.gift"), file: "f.gift")
    }

    @Test("each defect is found, with the file, the line and the fix", arguments: fixtures)
    func finds(fixture: Fixture) throws {
        let found = try Self.findings(fixture.source)
        #expect(found.contains { $0.line == fixture.line && $0.message.en.contains(fixture.says) }, "\(found)")
        #expect(found.allSatisfy { $0.description.hasPrefix("f.gift:\($0.line): ") })
    }

    @Test("each finding is said in Korean too, with the same file, line and quoted pieces", arguments: fixtures)
    func korean(fixture: Fixture) throws {
        for finding in try Self.findings(fixture.source) {
            let korean = finding.text(.ko)
            #expect(korean.hasPrefix("f.gift:\(finding.line): "))
            #expect(korean.contains { ("가"..."힣").contains($0) }, "\(korean)")
            let quoted = finding.message.en.matches(of: /'[^']*'/).map { String($0.output) }
            #expect(quoted.allSatisfy { korean.contains($0) || $0.contains("See") }, "\(korean)")
        }
    }

    @Test("fewer than four choices fails the check, with the fix")
    func fewerThanFour() throws {
        let found = try Self.findings("::three:: Q {=a ~b ~c \(Self.fine)}\n\n::four:: Q {=a ~b ~c ~d \(Self.fine)}")
        #expect(found.count == 1, "\(found)")
        #expect(
            found.first?.description == "f.gift:1: 'three': 3 choices; give a multiple-choice question at least 4, "
                + "with distractors a thoughtful learner might pick")
    }

    @Test("numbers as choices of a numbers question, and words with commas, are not fragments")
    func notFragments() throws {
        let source = """
            ::n:: Utilisation? {~0.5 =0.8 ~0.9 ~1.0 \(Self.fine)}

            ::w:: Q {~Closed, then open ~Open, then closed =Half-open, then closed ~CP or AP \(Self.fine)}
            """
        let found = try Self.findings(source).filter { !$0.message.en.contains("right answer is") }
        #expect(found == [], "\(found)")
    }

    @Test("the course's quizzes for sections 0 to 3 have no finding, not even a warning", arguments: ["en", "ko"])
    func courseQuizzes(language: String) throws {
        let lessons = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let sections = Set(["0.1", "0.2", "0.3", "1.1", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"])
        let lint = QuizLint(
            sections: sections,
            experiments: [
                "availability", "bulkhead", "breaker", "cache", "load", "queue",
                "replication", "retry", "scale", "sessions", "sharding"
            ])
        for number in 0...3 {
            let path = "/\(lessons)/lessons/quizzes/\(language)/section-\(number).gift"
            let found = lint.check(try QuizFile.loadKey(path: path), file: path)
            #expect(found == [], "\(found.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test("a sound quiz has no finding")
    func sound() throws {
        let source = """
            ::a:: Q {=a ~bb ~cc ~dd \(Self.fine)}

            ::b:: Q {~bb =a ~cc ~dd \(Self.fine)}

            ::c:: Q {~bb ~cc =a ~dd \(Self.fine)}

            ::d:: Q {~bb ~cc ~dd =a \(Self.fine)}

            ::e:: Q {T#It is: see 3.1.#Right.####See 3.1 and `run breaker`.}

            ::f:: Explain {####Model answer. See 2.3.}

            ::g:: 99.99% and 0.5 are not sections {#4 ####3.14 is pi. See 2.3.}
            """
        let found = try Self.findings(source)
        #expect(found == [], "\(found)")
    }
}
