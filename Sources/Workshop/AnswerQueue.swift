import Foundation
import GRDB

/// Group commit for answers: every answer that arrives while a commit is under way goes into the next one, so a
/// room answering at once pays one `fsync` per group instead of one per answer. Each caller still returns only
/// once its own answer is committed.
final class AnswerQueue: @unchecked Sendable {
    /// One answer row waiting for its commit.
    struct Row {
        var learner: String
        var quiz: String
        var question: String
        var response: String
        var time: String
    }

    private typealias Waiting = (row: Row, done: CheckedContinuation<Void, any Error>)

    private let pool: DatabasePool
    private let lock = NSLock()
    private var waiting: [Waiting] = []
    private var committing = false

    init(pool: DatabasePool) {
        self.pool = pool
    }

    /// Returns when `row` is committed (or throws why it could not be).
    func save(_ row: Row) async throws {
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            let starts = lock.withLock { () -> Bool in
                waiting.append((row, done))
                defer { committing = true }
                return !committing
            }
            if starts { Task { await drain() } }
        }
    }

    /// Commits groups until nobody waits.
    private func drain() async {
        while true {
            let group = lock.withLock { () -> [Waiting] in
                defer { waiting = [] }
                if waiting.isEmpty { committing = false }
                return waiting
            }
            if group.isEmpty { return }
            do {
                try await pool.write { db in for entry in group { try Self.insert(entry.row, db) } }
                for entry in group { entry.done.resume() }
            } catch {
                // NB: one bad row must not fail the others: commit them one by one.
                for entry in group {
                    do {
                        try await pool.write { db in try Self.insert(entry.row, db) }
                        entry.done.resume()
                    } catch { entry.done.resume(throwing: error) }
                }
            }
        }
    }

    private static func insert(_ row: Row, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO answer (learner, quiz, question, response, answered_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(learner, quiz, question) DO UPDATE SET response = excluded.response, answered_at = excluded.answered_at
                """, arguments: [row.learner, row.quiz, row.question, row.response, row.time])
    }
}
