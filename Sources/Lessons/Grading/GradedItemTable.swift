/// The items graded so far for each question of one key, so the sheets that answered a question alike share
/// one `GradedItem` (and the score is computed once for them all).
///
/// Responses are told apart byte for byte (`Response.isIdentical(to:)`), so a shared item prints exactly what each
/// of its sheets holds.
struct GradedItemTable {
    private var columns: [[Entry: GradedSheet.GradedItem]]
    /// The items of each column's text answers by their bytes in the file (`item(column:of:rawText:decode:)`).
    private var rawTexts: [RawTextItems]

    /// An empty table for a key of `count` answerable questions.
    init(columns count: Int) {
        columns = Array(repeating: [:], count: count)
        rawTexts = Array(repeating: RawTextItems(), count: count)
    }

    /// The item of column `column` answered, on a sheet where the question is unchanged, with the text whose bytes in
    /// the file are `raw` (between its quotes); `decode` reads those bytes only when they were not met before. Nil
    /// when `decode` gives nil (broken, or not an answer this question takes).
    mutating func item(
        column: Int, of scoring: [ScoringKey], rawText raw: UnsafeBufferPointer<UInt8>, decode: () -> Response?
    ) -> GradedSheet.GradedItem? {
        if let item = rawTexts[column].item(raw) { return item }
        guard let response = decode() else { return nil }
        let item = item(column: column, of: scoring, response: response, change: nil)
        rawTexts[column].keep(item, for: raw)
        return item
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
