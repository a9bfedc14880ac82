extension GIFTItemParser {
    /// A matching section: `=left -> right` pairs (Moodle's `match`), at least two; `=-> right` adds a distractor.
    func matching(_ answers: ArraySlice<GIFTToken>) throws(GIFTError) -> QuestionKind {
        var pairs: [MatchPair] = []
        for raw in try rawAnswers(answers) {
            guard raw.marker.character == "=" else {
                throw error("expected '=left -> right' for every pair of a matching question (no '~')", at: raw.marker)
            }
            let text = raw.body.text
            guard let arrow = text.range(of: "->") else {
                throw error("expected '->' between the item and its match, as in =TCP -> transport", at: raw.marker)
            }
            let left = TextFormat.split(text[..<arrow.lowerBound].trimmingWhitespace).text
            let right = text[arrow.upperBound...].trimmingWhitespace
            guard !right.isEmpty else { throw error("expected the match after '->'", at: raw.marker) }
            pairs.append(MatchPair(left: left, right: right))
        }
        guard pairs.prompts.count >= 2 else {
            throw error(
                "expected at least two '=left -> right' pairs in a matching question", at: answers[answers.startIndex])
        }
        return .matching(pairs)
    }
}
