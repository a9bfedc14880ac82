import Foundation

/// One sheet scored against the key.
package struct GradedSheet: Sendable, Hashable {
    package var path: String
    /// The learner's name, made safe to print.
    package var learner: String
    /// The responses and scores of the key's answerable questions, in key order.
    package var items: [GradedItem]
    package var warnings: [String]

    /// A question's response and score in a sheet.
    package struct GradedItem: Sendable, Hashable {
        package var question: Question
        package var response: Response?
        package var score: Score
    }

    /// Points earned on auto-graded questions, never below 0 (as Moodle's quiz total).
    package var points: Double { max(0, items.map(\.score.points).reduce(0, +)) }
    /// Points available on auto-graded questions (essays excluded).
    package var maxPoints: Double { items.map(\.score.maxPoints).reduce(0, +) }
    /// `points / maxPoints` as a percentage (0 when nothing is auto-graded).
    package var percent: Double { maxPoints > 0 ? points / maxPoints * 100 : 0 }

    /// Reads, checks and scores the sheet at `path`.
    static func grade(path: String, key: Quiz) throws(SheetProblem) -> GradedSheet {
        let (sheet, warnings) = try AnswerSheet.validated(try read(path), key: key)
        let items = key.answerable.map { question in
            let response = sheet.answers[question.id]
            return GradedItem(question: question, response: response, score: question.score(response))
        }
        return GradedSheet(path: path, learner: UntrustedText.oneLine(sheet.learner), items: items, warnings: warnings)
    }

    /// The largest sheet read, in bytes.
    static let sizeLimit = 1 << 20

    private static func read(_ path: String) throws(SheetProblem) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SheetProblem(reason: access(path, R_OK) != 0 ? "cannot be read: permission denied; make it readable (chmod u+r)" : "cannot be opened")
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: sizeLimit + 1) else { throw SheetProblem(reason: "cannot be read (a folder?); name a sheet file") }
        guard data.count <= sizeLimit else { throw SheetProblem(reason: "larger than \(sizeLimit) bytes; not an answer sheet") }
        return data
    }
}
