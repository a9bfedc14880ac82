import Foundation

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

    /// Grades the sheet file at `path`, whose bytes are `file`: a clean sheet straight from them, any other as
    /// `score(_:path:file:)` does.
    mutating func score(file: Data, path: String) throws(SheetProblem) -> ScoredSheet {
        if previous == nil, let layout = key.layout,
            let sheet = CleanSheet.graded(file, path: path, key: key, layout: layout, items: &items)
        {
            return ScoredSheet(sheet: sheet, movedColumns: nil)
        }
        return try score(AnswerSheet.decoded(file), path: path, file: file)
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
