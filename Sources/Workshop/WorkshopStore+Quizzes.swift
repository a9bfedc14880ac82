import GRDB

/// Whether learners can answer a quiz and whether its results are out.
package enum QuizState: String, Sendable, Hashable, CaseIterable, Codable {
    /// Learners see the questions but cannot answer yet (or any more).
    case closed
    /// Learners answer and submit.
    case open
    /// Answering is over and everyone sees their results, feedback and the right answers.
    case released
}

/// A quiz as stored: its GIFT text is the answer key.
package struct StoredQuiz: Sendable, Hashable {
    package var id: String
    package var keyText: String
    package var state: QuizState
}

extension WorkshopStore {
    /// Adds the quiz `id` with its key, or replaces the key of a quiz already there (keeping its state).
    package func addQuiz(id: String, keyText: String, state: QuizState) throws {
        try pool.write { db in
            let position = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quiz") ?? 0
            try db.execute(
                sql: """
                    INSERT INTO quiz (id, position, key_text, state) VALUES (?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET key_text = excluded.key_text
                    """, arguments: [id, position, keyText, state.rawValue])
        }
    }

    /// Every quiz, in the order they were added.
    package func quizzes() throws -> [StoredQuiz] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, key_text, state FROM quiz ORDER BY position, id").map { row in
                StoredQuiz(id: row["id"], keyText: row["key_text"], state: QuizState(rawValue: row["state"]) ?? .closed)
            }
        }
    }

    /// Sets the state of quiz `id`; false when there is no such quiz.
    package func setState(_ state: QuizState, quiz id: String) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "UPDATE quiz SET state = ? WHERE id = ?", arguments: [state.rawValue, id])
            return db.changesCount > 0
        }
    }
}

extension WorkshopStore {
    /// The state of quiz `id`, or nil when there is no such quiz (read alone: answers ask for it on every request).
    package func state(quiz id: String) throws -> QuizState? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT state FROM quiz WHERE id = ?", arguments: [id]).flatMap(
                QuizState.init(rawValue:))
        }
    }
}
