import Foundation
import GRDB
import Lessons

/// One learner's current answer to one question.
package struct StoredAnswer: Sendable, Hashable {
    package var learner: String
    package var quiz: String
    package var question: String
    package var response: Response
}

/// One hand-in: the answers as they were when the learner submitted.
package struct StoredSubmission: Sendable, Hashable {
    package var number: Int
    package var learner: String
    package var quiz: String
    package var answers: [String: Response]
    package var submittedAt: String
}

extension WorkshopStore {
    /// Saves (or replaces) `learner`'s answer to `question`, committed (with the answers arriving meanwhile)
    /// before it returns.
    package func saveAnswer(learner: String, quiz: String, question: String, response: Response, at time: String)
        async throws
    {
        try await answerQueue.save(
            AnswerQueue.Row(learner: learner, quiz: quiz, question: question, response: Self.json(response), time: time)
        )
    }

    /// The current answers of `quiz`, by learner then question id (all learners when `learner` is nil).
    package func answers(quiz: String, learner: String? = nil) throws -> [StoredAnswer] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT learner, question, response FROM answer WHERE quiz = ? AND (? IS NULL OR learner = ?)
                    ORDER BY learner, question
                    """, arguments: [quiz, learner, learner]
            ).compactMap { row in
                Self.response(row["response"]).map {
                    StoredAnswer(learner: row["learner"], quiz: quiz, question: row["question"], response: $0)
                }
            }
        }
    }

    /// Keeps `learner`'s current answers to `quiz` as a new submission and returns its number (1 for the first).
    package func submit(learner: String, quiz: String, at time: String) async throws -> Int {
        let current = try answers(quiz: quiz, learner: learner)
        let answers = Dictionary(current.map { ($0.question, $0.response) }) { _, last in last }
        let json = String(decoding: InertJSON.encode(answers), as: UTF8.self)
        return try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO submission (learner, quiz, answers, submitted_at) VALUES (?, ?, ?, ?)",
                arguments: [learner, quiz, json, time])
            return try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM submission WHERE learner = ? AND quiz = ?",
                arguments: [learner, quiz]) ?? 1
        }
    }

    /// Every submission of `quiz`, oldest first.
    package func submissions(quiz: String) throws -> [StoredSubmission] {
        try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, learner, answers, submitted_at FROM submission WHERE quiz = ? ORDER BY id",
                arguments: [quiz]
            ).map { row in
                let text: String = row["answers"]
                let answers = (try? JSONDecoder().decode([String: Response].self, from: Data(text.utf8))) ?? [:]
                return StoredSubmission(
                    number: row["id"], learner: row["learner"], quiz: quiz, answers: answers,
                    submittedAt: row["submitted_at"])
            }
        }
    }

    /// Each learner's latest submission of `quiz` (the one that counts), by learner.
    package func latestSubmissions(quiz: String) throws -> [StoredSubmission] {
        var latest: [String: StoredSubmission] = [:]
        for submission in try submissions(quiz: quiz) { latest[submission.learner] = submission }
        return latest.values.sorted { $0.learner < $1.learner }
    }

    static func json(_ response: Response) -> String {
        String(decoding: (try? JSONEncoder().encode(response)) ?? Data("null".utf8), as: UTF8.self)
    }

    static func response(_ json: String) -> Response? {
        try? JSONDecoder().decode(Response.self, from: Data(json.utf8))
    }
}

extension WorkshopStore {
    /// Deletes `learner`'s current answers to `quiz` (their submissions stay) and returns how many there were.
    package func clearAnswers(learner: String, quiz: String) async throws -> Int {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM answer WHERE learner = ? AND quiz = ?", arguments: [learner, quiz])
            return db.changesCount
        }
    }
}
