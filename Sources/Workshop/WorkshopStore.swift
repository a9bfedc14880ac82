import Foundation
import GRDB

/// The workshop's SQLite file (WAL): settings, quizzes, learners, every answer and every submission.
///
/// Each call is one transaction, committed before it returns: a `kill -9` loses nothing that was answered.
package final class WorkshopStore: Sendable {
    let pool: DatabasePool
    /// Answers wait here for their group commit.
    let answerQueue: AnswerQueue
    /// The file the store lives in.
    package let path: String

    /// Opens (or creates) the store at `path`; its folder is created if missing, the file is private to the user.
    package init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        answerQueue = AnswerQueue(pool: pool)
        chmod(path, 0o600)
        try pool.write { db in try Self.createSchema(db) }
    }

    private static func createSchema(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS setting (name TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS quiz (
                    id TEXT PRIMARY KEY, position INTEGER NOT NULL, key_text TEXT NOT NULL, state TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS learner (
                    name TEXT PRIMARY KEY, name_key TEXT NOT NULL UNIQUE, token_hash TEXT NOT NULL UNIQUE, joined_at TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS answer (
                    learner TEXT NOT NULL REFERENCES learner(name), quiz TEXT NOT NULL REFERENCES quiz(id),
                    question TEXT NOT NULL, response TEXT NOT NULL, answered_at TEXT NOT NULL,
                    PRIMARY KEY (learner, quiz, question));
                CREATE TABLE IF NOT EXISTS submission (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, learner TEXT NOT NULL REFERENCES learner(name),
                    quiz TEXT NOT NULL REFERENCES quiz(id), answers TEXT NOT NULL, submitted_at TEXT NOT NULL);
                """)
    }

    /// The value of setting `name`, if set.
    package func setting(_ name: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = ?", arguments: [name])
        }
    }

    /// Sets `name` to `value` unless it is set already; returns the value in force.
    package func settingOnce(_ name: String, _ value: String) throws -> String {
        try pool.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO setting (name, value) VALUES (?, ?)", arguments: [name, value])
            return try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = ?", arguments: [name]) ?? value
        }
    }

    /// Replaces setting `name`.
    package func setSetting(_ name: String, _ value: String) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting (name, value) VALUES (?, ?)", arguments: [name, value])
        }
    }
}
