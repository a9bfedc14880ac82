import GRDB
import Lessons

/// A learner who joined: the name as given (cleaned) and when.
package struct StoredLearner: Sendable, Hashable {
    package var name: String
    package var joinedAt: String
}

extension WorkshopStore {
    /// Records `name` with the hash of its session token; false when the name (case and spacing aside) is taken.
    package func addLearner(name: String, tokenHash: String, at time: String) throws -> Bool {
        try pool.write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO learner (name, name_key, token_hash, joined_at) VALUES (?, ?, ?, ?)",
                arguments: [name, ShortAnswerMatcher.normalized(name), tokenHash, time])
            return db.changesCount > 0
        }
    }

    /// The learner whose session token hashes to `tokenHash`, if any.
    package func learner(tokenHash: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT name FROM learner WHERE token_hash = ?", arguments: [tokenHash])
        }
    }

    /// Every learner, by name.
    package func learners() throws -> [StoredLearner] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, joined_at FROM learner ORDER BY name").map {
                StoredLearner(name: $0["name"], joinedAt: $0["joined_at"])
            }
        }
    }
}
