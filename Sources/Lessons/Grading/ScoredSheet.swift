import Foundation

/// A sheet graded against the key and, when a previous key is given, the points it earned with that key.
///
/// Grading makes these straight from each sheet file, so the sheets themselves are not kept.
struct ScoredSheet: Sendable {
    var sheet: GradedSheet
    /// Each question's points with the previous key; nil when there is none, or it rejected the sheet.
    var before: [String: Double]?

    /// Grades `answers` (read from `path`, the bytes `file` when it was a file) against `key`, and against
    /// `previous` when given.
    init(
        _ answers: AnswerSheet, path: String, file: Data? = nil, key: GradingKey, previous: GradingKey?
    ) throws(SheetProblem) {
        sheet = try GradedSheet.grade(answers, path: path, key: key, file: file)
        before = previous.flatMap { previous in
            (try? GradedSheet.grade(answers, path: path, key: previous)).map { old in
                Dictionary(old.items.map { ($0.question.id, $0.score.points) }) { first, _ in first }
            }
        }
    }

    /// `count` results of `score(index)` graded on both cores, with the path each came from, in index order.
    static func all(
        _ count: Int, path: @Sendable (Int) -> String,
        score: @Sendable (Int) throws(SheetProblem) -> ScoredSheet
    ) -> [(path: String, result: Result<ScoredSheet, SheetProblem>)] {
        ParallelMap.map(count) { index in
            (path(index), Result { () throws(SheetProblem) in try score(index) })
        }
    }
}
