/// The items graded so far for each question of one key, so the sheets that answered a question alike share
/// one `GradedItem` (and the score is computed once for them all).
///
/// Responses are told apart byte for byte (`Response.isIdentical(to:)`), so a shared item prints exactly what each
/// of its sheets holds.
struct GradedItemTable {
    private var columns: [[Entry: GradedSheet.GradedItem]]

    /// An empty table for a key of `count` answerable questions.
    init(columns count: Int) {
        columns = Array(repeating: [:], count: count)
    }

    /// The item of the question in column `column` of the key (`scoring[column]`), answered `response` on a sheet
    /// where the question `change`d.
    ///
    /// - Complexity: O(1) expected, plus the scoring when this response is met first.
    mutating func item(
        column: Int, of scoring: [ScoringKey], response: Response?, change: QuestionChange?
    ) -> GradedSheet.GradedItem {
        // NB: the scoring key is only read when the response is new: copying one for every item (its question, forms
        // and patterns retained and released) was 0.04 M instructions a sheet (callgrind).
        let entry = Entry(response: response, change: change)
        if let item = columns[column][entry] { return item }
        let item = GradedSheet.GradedItem(
            question: scoring[column].question, response: response, score: scoring[column].score(response),
            change: change)
        columns[column][entry] = item
        return item
    }

    private struct Entry: Hashable {
        var response: Response?
        var change: QuestionChange?

        static func == (lhs: Self, rhs: Self) -> Bool {
            guard lhs.change == rhs.change else { return false }
            switch (lhs.response, rhs.response) {
            case (nil, nil): return true
            case (let left?, let right?): return left.isIdentical(to: right)
            default: return false
            }
        }

        func hash(into hasher: inout Hasher) {
            // NB: by bytes, as `==` compares: `String`'s own hash normalises non-ASCII text first (an essay in Korean).
            response?.hashBytes(into: &hasher)
            hasher.combine(change)
        }
    }
}
