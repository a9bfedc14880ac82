import Foundation
import Lessons
import Testing
import Workshop

@Suite(.serialized) struct KillRestartTests {
    private struct Progress: Decodable {
        struct Quiz: Decodable {
            struct Row: Decodable {
                var learner: String
                var answered: Int
                var submissions: Int
            }
            var progress: [Row]
        }
        var quizzes: [Quiz]
    }

    private struct Joined: Decodable { var session: String }

    @Test(
        "scalelab workshop start killed with SIGKILL mid-answering restarts on the same --db with every acknowledged answer"
    )
    func killAndRestart() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-kill-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(WorkshopHarness.quizText.utf8).write(to: URL(fileURLWithPath: folder + "/week1.gift"))
        let arguments = [folder + "/week1.gift", "--db", folder + "/store.sqlite"]
        let first = try await ServerProcess(arguments, folder: folder)
        let client = try WorkshopClient(address: first.base)
        let mina = try await Self.join(client, "Mina", code: first.code)
        let acknowledged = await Self.answerAll(client, token: mina)
        #expect(try await client.send("POST", "/api/quiz/week1/submit", token: mina).status == 200)
        let jun = try await Self.join(client, "Jun", code: first.code)
        // NB: Jun's answers are in flight when the kill comes; only those the server acknowledged must survive.
        let inFlight = Task { await Self.answerAll(client, token: jun) }
        try await Task.sleep(for: .milliseconds(30))
        await first.killAndWait()
        let junAcknowledged = await inFlight.value
        #expect(first.process.terminationReason == .uncaughtSignal)

        let second = try await ServerProcess(["--db", folder + "/store.sqlite"], folder: folder)
        defer { second.kill() }
        #expect(second.code == first.code && second.token == first.token)
        let again = try WorkshopClient(address: second.base)
        let dashboard = try await again.send("GET", "/api/dashboard", token: second.token).decoded(Progress.self)
        let rows = Dictionary(dashboard.quizzes[0].progress.map { ($0.learner, $0) }) { first, _ in first }
        #expect(rows["Mina"]?.answered == acknowledged.count && rows["Mina"]?.submissions == 1)
        #expect((rows["Jun"]?.answered ?? 0) >= junAcknowledged.count)
        let store = try WorkshopStore(path: folder + "/store.sqlite")
        let kept = Set(try store.answers(quiz: "week1").map { "\($0.learner)/\($0.question)" })
        for question in acknowledged { #expect(kept.contains("Mina/\(question)")) }
        for question in junAcknowledged { #expect(kept.contains("Jun/\(question)")) }
        #expect(try await again.send("GET", "/api/session", token: mina).status == 200, "Mina's session survives")
    }

    /// Joins as `name` and returns the session token.
    static func join(_ client: WorkshopClient, _ name: String, code: String) async throws -> String {
        let reply = try await client.send("POST", "/api/join", json: WorkshopClient.body(["code": code, "name": name]))
        return try reply.decoded(Joined.self).session
    }

    /// Answers every question of week1 in order; returns the ids the server acknowledged, until a request fails.
    static func answerAll(_ client: WorkshopClient, token: String) async -> [String] {
        var acknowledged: [String] = []
        for (question, response) in WorkshopHarness.rightAnswers {
            let reply = try? await client.send(
                "PUT", "/api/quiz/week1/answer/\(question)", json: WorkshopClient.body(response), token: token)
            guard reply?.status == 200 else { break }
            acknowledged.append(question)
        }
        return acknowledged
    }
}
