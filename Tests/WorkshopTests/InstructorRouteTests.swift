import FlyingFox
import Foundation
import Lessons
import Testing

@testable import Workshop

@Suite struct InstructorRouteTests {
    @Test("the dashboard lists who joined, progress per learner, and response counts per choice")
    func dashboard() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let mina = try await harness.join("Mina")
        let joon = try await harness.join("Joon")
        _ = await harness.answer("pick", .text("CDN"), token: mina)
        _ = await harness.answer("pick", .text("Disk"), token: joon)
        _ = await harness.answer("tf", .bool(false), token: joon)
        let reply = await harness.send(.GET, "/api/dashboard", token: harness.workshop.dashboardToken)
        #expect(reply.status == 200)
        #expect((reply.json["learners"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Joon", "Mina"])
        let quiz = try #require((reply.json["quizzes"] as? [[String: Any]])?.first)
        let progress = quiz["progress"] as? [[String: Any]]
        #expect(progress?.map { $0["answered"] as? Int } == [2, 1])
        let pick = (quiz["questions"] as? [[String: Any]])?.first { $0["id"] as? String == "pick" }
        #expect(pick?["answered"] as? Int == 2)
        #expect(pick?["facility"] as? Double == 0.5)
        let counts = (pick?["responses"] as? [[String: Any]])?.map { "\($0["answer"]!)=\($0["count"]!)" }
        #expect(counts == ["CDN=1", "Disk=1", "Queue=0"])
    }

    @Test("closing a quiz stops answers and submissions; opening it again lets them in")
    func openAndClose() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        let instructor = harness.workshop.dashboardToken
        #expect(
            await harness.send(.POST, "/api/quiz/week1/state", json: ["state": "closed"], token: instructor).status
                == 200)
        #expect(await harness.answer("pick", .text("CDN"), token: token).status == 409)
        #expect(await harness.send(.POST, "/api/quiz/week1/submit", token: token).status == 409)
        #expect(
            await harness.send(.POST, "/api/quiz/week1/state", json: ["state": "open"], token: instructor).status == 200
        )
        #expect(await harness.answer("pick", .text("CDN"), token: token).status == 200)
        #expect(
            await harness.send(.POST, "/api/quiz/week1/state", json: ["state": "sideways"], token: instructor).status
                == 400)
        #expect(
            await harness.send(.POST, "/api/quiz/nope/state", json: ["state": "open"], token: instructor).status == 404)
    }

    @Test("the export route serves the gradebook of the latest submissions")
    func exportRoute() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        let instructor = harness.workshop.dashboardToken
        #expect(await harness.send(.GET, "/api/export/week1?format=csv", token: instructor).status == 404)
        _ = await harness.answer("pick", .text("CDN"), token: token)
        _ = await harness.send(.POST, "/api/quiz/week1/submit", token: token)
        let csv = await harness.send(.GET, "/api/export/week1?format=csv", token: instructor)
        #expect(csv.status == 200)
        #expect(csv.text.contains("Mina"))
        #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
        #expect(await harness.send(.GET, "/api/export/week1?format=pdf", token: instructor).status == 400)
    }

    @Test("pages and replies carry the security headers: CSP without inline script, nosniff, no framing, no caching")
    func securityHeaders() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        for path in ["/", "/learner.js", "/common.js", "/dashboard", "/dashboard.js", "/workshop.css", "/api/session"] {
            let reply = await harness.send(.GET, path)
            let policy = reply.headers[HTTPHeader("Content-Security-Policy")] ?? ""
            #expect(
                policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'")
                    && !policy.contains("unsafe"))
            #expect(reply.headers[HTTPHeader("X-Content-Type-Options")] == "nosniff")
            #expect(reply.headers[.cacheControl] == "no-store")
        }
        let page = await harness.send(.GET, "/")
        #expect(
            page.text.components(separatedBy: "<script").count - 1 == page.text.components(separatedBy: "<script src=")
                .count - 1)
        #expect(!page.text.contains("http://") && !page.text.contains("https://"))
    }

    @Test("a learner's name is cleaned of terminal controls before it is stored or shown")
    func namesAreCleaned() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        _ = try await harness.join("Eve\u{1B}]0;owned\u{07}<script>")
        let name = try #require(try harness.workshop.store.learners().first?.name)
        #expect(!name.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(UntrustedText.isInert(name))
    }
}
