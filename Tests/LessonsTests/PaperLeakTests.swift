import Foundation
import Testing

@testable import Lessons

@Suite("A paper reveals nothing about the answers")
struct PaperLeakTests {
    /// The key with right answers `picks` (an index per multiple-choice question) and true/false `truth`.
    static func key(picks: [Int], truth: Bool) -> Quiz {
        let questions = picks.enumerated().map { number, pick in
            let choices = ["red", "green", "blue"].enumerated().map { ($0.offset == pick ? "=" : "~") + $0.element }
            return "::q\(number):: Colour \(number)? {\(choices.joined(separator: " "))}"
        }
        let source = (questions + ["::tf:: Sky is blue? {\(truth ? "T" : "F")}", "::n:: Two? {#2}"]).joined(
            separator: "\n\n")
        return try! QuizFile.parseGIFT(Data(source.utf8), path: "secret.gift")
    }

    @Test("every candidate key gives the same paper bytes, so a brute force learns nothing")
    func bruteForce() throws {
        let real = QuizPaper(key: Self.key(picks: [2, 0, 1], truth: false), order: ChoiceOrder(seed: "Ada")).encoded()
        var matches = 0
        var candidates = 0
        for a in 0..<3 {
            for b in 0..<3 {
                for c in 0..<3 {
                    for truth in [false, true] {
                        candidates += 1
                        let guess = QuizPaper(
                            key: Self.key(picks: [a, b, c], truth: truth), order: ChoiceOrder(seed: "Ada")
                        ).encoded()
                        if guess == real { matches += 1 }
                    }
                }
            }
        }
        #expect(candidates == 54)
        #expect(matches == candidates, "only \(matches) of \(candidates) candidate keys give the real paper: it leaks")
    }

    @Test("the paper's quiz digest is computed from what the paper shows, and sheets from it grade against the key")
    func digestFromPaper() throws {
        let key = Self.key(picks: [1, 1, 1], truth: true)
        let paper = try QuizPaper.decode(QuizPaper(key: key, order: ChoiceOrder(seed: "p")).encoded(), file: "p.json")
        let quiz = try paper.makeQuiz()
        #expect(QuizPaper.digest(of: quiz.questions) == paper.quizSHA256)
        #expect(paper.quizSHA256 == key.sha256)
        let sheet = AnswerSheet(
            quiz: quiz, learner: "Ada", submittedAt: Date(timeIntervalSince1970: 0), answers: ["q0": .text("green")])
        let (read, _) = try AnswerSheet.validated(sheet.encoded(), key: key)
        #expect(key.question(id: "q0")?.score(read.answers["q0"]).verdict == .correct)
    }

    @Test("papers of different learners list the choices in different orders")
    func ownOrder() {
        let key = Self.key(picks: [0, 0, 0], truth: true)
        let orders = (0..<12).map {
            QuizPaper(key: key, order: ChoiceOrder(seed: "paper-\($0).json")).questions[0].choices ?? []
        }
        #expect(Set(orders).count > 1)
    }
}
