import Foundation
import GRDB
import Lessons
import Testing

@testable import Workshop

@Suite struct StoreResumeTests {
    @Test("reopening the store after the server died keeps every answer, submission, learner, the code and the token")
    func resume() async throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        for (question, response) in WorkshopHarness.rightAnswers {
            _ = await harness.answer(question, response, token: token)
        }
        _ = await harness.send(.POST, "/api/quiz/week1/submit", token: token)
        // NB: no close: the first store stays open, as a killed process leaves its file.
        let reopened = try Workshop(
            store: try WorkshopStore(path: harness.folder + "/store.sqlite"), keyPaths: [], mode: .practice)
        #expect(reopened.code == harness.workshop.code)
        #expect(reopened.dashboardToken == harness.workshop.dashboardToken)
        #expect(try reopened.store.answers(quiz: "week1").count == WorkshopHarness.rightAnswers.count)
        #expect(try reopened.store.submissions(quiz: "week1").count == 1)
        #expect(try reopened.store.learner(tokenHash: WorkshopSecret.hash(token)) == "Mina")
    }

    @Test("the store is a WAL database private to its owner")
    func walAndPrivate() throws {
        let harness = try WorkshopHarness()
        defer { harness.remove() }
        let mode = try harness.workshop.store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let attributes = try FileManager.default.attributesOfItem(atPath: harness.folder + "/store.sqlite")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("a workshop with no key and an empty store says what to give")
    func noKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-test-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: WorkshopError.self) {
            try Workshop(store: try WorkshopStore(path: folder + "/store.sqlite"), keyPaths: [], mode: .exam)
        }
    }
}
