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
