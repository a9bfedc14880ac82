import FlyingFox
import Foundation
import Lessons
import Testing

@testable import Workshop

@Suite struct ResumeRouteTests {
    @Test("rejoining with the same name and the session token resumes the session with the answers already given")
    func rejoin() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        _ = await harness.answer("pick", .text("CDN"), token: token)
        let code = harness.workshop.code
        let spaced = stride(from: 0, to: 32, by: 4).map { start in
            String(token.dropFirst(start).prefix(4)).uppercased()
        }.joined(separator: " ")
        let again = await harness.send(.POST, "/api/join", json: ["code": code, "name": " mina ", "session": spaced])
        #expect(again.status == 200)
        #expect(again.json["session"] as? String == token)
        #expect(again.json["learner"] as? String == "Mina")
        let paper = await harness.send(.GET, "/api/quiz/week1", token: token)
        #expect((paper.json["answers"] as? [String: Any])?["pick"] as? String == "CDN")
    }

    @Test("another learner's token, or a made-up one, does not resume a session under this name")
    func wrongKey() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        _ = try await harness.join("Mina")
        let jun = try await harness.join("Jun")
        let code = harness.workshop.code
        let stolen = await harness.send(.POST, "/api/join", json: ["code": code, "name": "Mina", "session": jun])
        #expect(stolen.status == 403)
        #expect(stolen.text.contains("not 'Mina''s"))
        let madeUp = await harness.send(
            .POST, "/api/join", json: ["code": code, "name": "Mina", "session": String(repeating: "0", count: 32)])
        #expect(madeUp.status == 403)
        let taken = await harness.send(.POST, "/api/join", json: ["code": code, "name": "Mina"])
        #expect(taken.status == 409)
        #expect(taken.text.contains("resume key"))
    }

    @Test("in practice mode a learner clears their answers while hand-ins stay; exam mode refuses")
    func reset() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        for (question, response) in WorkshopHarness.rightAnswers.prefix(3) {
            _ = await harness.answer(question, response, token: token)
        }
        _ = await harness.send(.POST, "/api/quiz/week1/submit", token: token)
        let cleared = await harness.send(.DELETE, "/api/quiz/week1/answers", token: token)
        #expect(cleared.status == 200)
        #expect(cleared.json["cleared"] as? Int == 3)
        #expect(try harness.workshop.store.answers(quiz: "week1", learner: "Mina").isEmpty)
        #expect(try harness.workshop.store.submissions(quiz: "week1").first?.answers.count == 3)
        #expect(await harness.send(.DELETE, "/api/quiz/week1/answers").status == 401)

        let exam = try WorkshopHarness(mode: .exam)
        defer { exam.remove() }
        let examToken = try await exam.join("Jun")
        _ = await exam.answer("pick", .text("CDN"), token: examToken)
        let refused = await exam.send(.DELETE, "/api/quiz/week1/answers", token: examToken)
        #expect(refused.status == 403)
        #expect(refused.text.contains("exam mode"))
        #expect(try exam.workshop.store.answers(quiz: "week1").count == 1)
    }

    @Test("the export is a download with a safe file name in each of the four formats, and needs the token")
    func exportDownload() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        _ = await harness.answer("pick", .text("CDN"), token: token)
        _ = await harness.send(.POST, "/api/quiz/week1/submit", token: token)
        let instructor = harness.workshop.dashboardToken
        for (format, name) in [
            ("csv", "week1-gradebook.csv"), ("json", "week1-gradebook.json"), ("junit", "week1-gradebook.xml"),
            ("markdown", "week1-gradebook.md")
        ] {
            let reply = await harness.send(.GET, "/api/export/week1?format=\(format)", token: instructor)
            #expect(reply.status == 200)
            #expect(reply.headers[HTTPHeader("Content-Disposition")] == "attachment; filename=\"\(name)\"")
            #expect(reply.text.contains("Mina"))
        }
        #expect(await harness.send(.GET, "/api/export/week1?format=csv", token: token).status == 401)
        #expect(WorkshopExport.fileName(quiz: "../\"evil\r\nX: y", format: .csv) == "evil_X_y-gradebook.csv")
        #expect(WorkshopExport.fileName(quiz: "주간 퀴즈", format: .junit) == "quiz-gradebook.xml")
    }
}
