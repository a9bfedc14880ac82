import FlyingFox
import Foundation
import Lessons
import Testing

@testable import Workshop

@Suite struct BadRequestTests {
    @Test("a wrong join code is refused with 403 and a message in both languages")
    func wrongCode() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let reply = await harness.send(.POST, "/api/join", json: ["code": "WRONG1", "name": "Mina"])
        #expect(reply.status == 403)
        let error = reply.json["error"] as? [String: String]
        #expect(error?["en"]?.contains("wrong code") == true)
        #expect(error?["ko"]?.contains("코드") == true)
    }

    @Test("learner routes without a session token, or with a made-up one, are refused with 401")
    func missingSession() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        #expect(await harness.send(.GET, "/api/quiz/week1").status == 401)
        #expect(await harness.send(.GET, "/api/session", token: WorkshopSecret.token()).status == 401)
        #expect(await harness.answer("pick", .text("CDN"), token: "").status == 401)
    }

    @Test("the dashboard, the controls and the export refuse a missing or wrong token")
    func missingToken() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let learner = try await harness.join("Mina")
        #expect(await harness.send(.GET, "/api/dashboard").status == 401)
        #expect(await harness.send(.GET, "/api/dashboard", token: learner).status == 401)
        #expect(
            await harness.send(.POST, "/api/quiz/week1/state", json: ["state": "released"], token: learner).status
                == 401)
        #expect(await harness.send(.GET, "/api/export/week1?format=csv", token: learner).status == 401)
        #expect(try harness.workshop.state("week1") == .open)
    }

    @Test("a body over the size limit is refused with 413 before it is read")
    func oversized() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        let huge = Data("\"".utf8) + Data(repeating: UInt8(ascii: "a"), count: RequestBody.limit + 1) + Data("\"".utf8)
        #expect(await harness.send(.PUT, "/api/quiz/week1/answer/essay", bytes: huge, token: token).status == 413)
        let long = Response.text(String(repeating: "a", count: UntrustedText.multiLineLimit + 1))
        #expect(await harness.answer("essay", long, token: token).status == 422)
    }

    @Test("a body that is not UTF-8 is refused with 400")
    func invalidUTF8() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        let bytes = Data([0x22, 0xC3, 0x28, 0x22])
        let reply = await harness.send(.PUT, "/api/quiz/week1/answer/short", bytes: bytes, token: token)
        #expect(reply.status == 400)
        #expect(reply.text.contains("UTF-8"))
        #expect(await harness.send(.POST, "/api/join", bytes: Data([0xFF, 0xFE]), token: nil).status == 400)
    }

    @Test("an answer to a question or quiz that does not exist is refused with 404")
    func unknownQuestion() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        #expect(await harness.answer("nope", .text("x"), token: token).status == 404)
        #expect(await harness.answer("intro", .text("x"), token: token).status == 404)
        #expect(
            await harness.send(.PUT, "/api/quiz/other/answer/pick", json: Response.text("CDN"), token: token).status
                == 404)
        #expect(await harness.send(.GET, "/api/quiz/other", token: token).status == 404)
    }

    @Test("an answer of the wrong type for its question is refused with 422 and nothing is stored")
    func wrongType() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        #expect(await harness.answer("number", .text("three"), token: token).status == 422)
        #expect(await harness.answer("tf", .number(1), token: token).status == 422)
        #expect(await harness.answer("match", .texts(["fast"]), token: token).status == 422)
        #expect(
            await harness.send(.PUT, "/api/quiz/week1/answer/pick", bytes: Data("{not json".utf8), token: token).status
                == 400)
        #expect(try harness.workshop.store.answers(quiz: "week1").isEmpty)
    }

    @Test("unknown routes answer 404, and a page cannot be posted to")
    func unknownRoutes() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        #expect(await harness.send(.GET, "/api/nothing").status == 404)
        #expect(await harness.send(.GET, "/etc/passwd").status == 404)
        #expect(await harness.send(.POST, "/learner.js").status == 405)
    }

    @Test("a session that sends too many requests at once is told to wait with 429")
    func rateLimited() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        var statuses: [Int] = []
        for _ in 0..<70 { statuses.append(await harness.send(.GET, "/api/session", token: token).status) }
        #expect(statuses.prefix(60).allSatisfy { $0 == 200 })
        #expect(statuses.last == 429)
    }
}
