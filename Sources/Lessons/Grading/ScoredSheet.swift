import Foundation

/// A sheet graded against the key and, when a previous key is given, the questions that key scores differently.
///
/// Grading makes these straight from each sheet file, so the sheets themselves are not kept.
struct ScoredSheet: Sendable {
    var sheet: GradedSheet
    /// The columns whose points the previous key gives differently (by more than 1e-9); nil when there is no
    /// previous key, or it rejected the sheet.
    var movedColumns: [Int]?

    /// `count` results of `score(&scorer, index)` graded on both cores, each core with its own copy of `scorer`,
    /// with the path each came from, in index order.
    static func all(
        _ count: Int, scorer: SheetScorer, path: @Sendable (Int) -> String,
        score: @Sendable (inout SheetScorer, Int) throws(SheetProblem) -> ScoredSheet
    ) -> [(path: String, result: Result<ScoredSheet, SheetProblem>)] {
        ParallelMap.map(count, state: scorer) { scorer, index in
            (path(index), Result { () throws(SheetProblem) in try score(&scorer, index) })
        }
    }
}

/// Scores sheets against a key (and a previous key), keeping the items graded so far so that the sheets that
/// answered a question alike share one item.
struct SheetScorer: Sendable {
    let key: GradingKey
    let previous: GradingKey?
    private var items: GradedItemTable
    private var previousItems: GradedItemTable

    init(key: GradingKey, previous: GradingKey?) {
        self.key = key
        self.previous = previous
        items = GradedItemTable(columns: key.scoring.count)
        previousItems = GradedItemTable(columns: previous?.scoring.count ?? 0)
    }

    /// Grades `answers` (read from `path`, the bytes `file` when it was a file) against the key, and against the
    /// previous key when there is one.
    mutating func score(_ answers: AnswerSheet, path: String, file: Data? = nil) throws(SheetProblem) -> ScoredSheet {
        let sheet = try GradedSheet.grade(answers, path: path, key: key, file: file, items: &items)
        let moved = previous.flatMap { previous in
            (try? GradedSheet.grade(answers, path: path, key: previous, items: &previousItems)).map { old in
                let points = Dictionary(old.items.map { ($0.question.id, $0.score.points) }) { first, _ in first }
                return sheet.items.indices.filter {
                    abs((points[sheet.items[$0].question.id] ?? 0) - sheet.items[$0].score.points) > 1e-9
                }
            }
        }
        return ScoredSheet(sheet: sheet, movedColumns: moved)
    }
}
