import FlyingFox
import Foundation
import Lessons
import Testing

@testable import Workshop

@Suite struct LearnerRouteTests {
    @Test("joining with the code gives a session token, and a second learner cannot take the same name")
    func join() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        #expect(token.count == 32)
        let again = await harness.send(
            .POST, "/api/join", json: ["code": harness.workshop.code.lowercased(), "name": " mina "])
        #expect(again.status == 409)
        let session = await harness.send(.GET, "/api/session", token: token)
        #expect(session.json["learner"] as? String == "Mina")
        #expect((session.json["quizzes"] as? [[String: Any]])?.first?["id"] as? String == "week1")
    }

    @Test("the paper shows this learner's shuffled choices and no answer, feedback or explanation in exam mode")
    func paperHidesTheKey() async throws {
        let harness = try WorkshopHarness(mode: .exam)
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        let paper = await harness.send(.GET, "/api/quiz/week1", token: token)
        #expect(paper.status == 200)
        #expect(!paper.text.contains("SECRET"))
        #expect(paper.json["results"] == nil)
        let key = try #require(harness.workshop.key("week1"))
        let expected = QuizPaper(key: key, order: ChoiceOrder(seed: "Mina"))
        let questions = (paper.json["paper"] as? [String: Any])?["questions"] as? [[String: Any]]
        #expect(
            questions?.first { $0["id"] as? String == "pick" }?["choices"] as? [String]
                == expected.questions.first { $0.id == "pick" }?.choices)
        for (question, response) in WorkshopHarness.rightAnswers {
            let saved = await harness.answer(question, response, token: token)
            #expect(saved.status == 200)
            #expect(!saved.text.contains("SECRET"))
        }
        #expect(await harness.send(.POST, "/api/quiz/week1/submit", token: token).status == 200)
        #expect(!(await harness.send(.GET, "/api/quiz/week1", token: token)).text.contains("SECRET"))
    }

    @Test("in exam mode results appear once the instructor releases the quiz")
    func releaseShowsResults() async throws {
        let harness = try WorkshopHarness(mode: .exam)
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        _ = await harness.answer("pick", .text("CDN"), token: token)
        let release = await harness.send(
            .POST, "/api/quiz/week1/state", json: ["state": "released"], token: harness.workshop.dashboardToken)
        #expect(release.status == 200)
        let paper = await harness.send(.GET, "/api/quiz/week1", token: token)
        let results = paper.json["results"] as? [String: [String: Any]]
        #expect(results?["pick"]?["verdict"] as? String == "correct")
        #expect(paper.text.contains("SECRET-right-choice"))
        #expect(await harness.answer("pick", .text("Disk"), token: token).status == 409)
    }

    @Test("in practice mode every saved answer comes back with its verdict and feedback")
    func practiceFeedback() async throws {
        let harness = try WorkshopHarness(mode: .practice)
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        let wrong = await harness.answer("tf", .bool(true), token: token)
        let result = wrong.json["result"] as? [String: Any]
        #expect(result?["verdict"] as? String == "wrong")
        #expect((result?["feedback"] as? [String]) == ["SECRET-tf-wrong"])
        let essay = await harness.answer("essay", .text("Because."), token: token)
        #expect((essay.json["result"] as? [String: Any])?["verdict"] as? String == "ungraded")
    }

    @Test("every question type is accepted, kept and shown back to the learner; changing an answer replaces it")
    func everyType() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        for (question, response) in WorkshopHarness.rightAnswers {
            #expect(await harness.answer(question, response, token: token).status == 200)
        }
        _ = await harness.answer("short", .text("FIFO"), token: token)
        let stored = try harness.workshop.store.answers(quiz: "week1", learner: "Mina")
        #expect(stored.count == 7)
        #expect(stored.first { $0.question == "short" }?.response == .text("FIFO"))
        let paper = await harness.send(.GET, "/api/quiz/week1", token: token)
        #expect((paper.json["answers"] as? [String: Any])?["number"] as? Double == 3)
    }

    @Test("each submission is kept and numbered; the latest is the one that counts")
    func resubmission() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        _ = await harness.answer("pick", .text("Disk"), token: token)
        #expect(await harness.send(.POST, "/api/quiz/week1/submit", token: token).json["submission"] as? Int == 1)
        _ = await harness.answer("pick", .text("CDN"), token: token)
        #expect(await harness.send(.POST, "/api/quiz/week1/submit", token: token).json["submission"] as? Int == 2)
        #expect(try harness.workshop.store.submissions(quiz: "week1").count == 2)
        #expect(try harness.workshop.store.latestSubmissions(quiz: "week1").map(\.answers["pick"]) == [.text("CDN")])
    }
}
