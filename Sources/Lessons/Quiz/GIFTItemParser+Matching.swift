import LabText

extension GIFTItemParser {
    /// A matching section: `=left -> right` pairs (Moodle's `match`), at least two; `=-> right` adds a distractor.
    func matching(_ answers: ArraySlice<GIFTToken>) throws(GIFTError) -> QuestionKind {
        var pairs: [MatchPair] = []
        for raw in try rawAnswers(answers) {
            guard raw.marker.character == "=" else {
                throw error(
                    Localized(
                        en: "expected '=left -> right' for every pair of a matching question (no '~')",
                        ko: "짝짓기 문항의 짝은 모두 '=왼쪽 -> 오른쪽'으로 적으세요 ('~'는 쓰지 않습니다)"), at: raw.marker)
            }
            let text = raw.body.text
            guard let arrow = text.range(of: "->") else {
                throw error(
                    Localized(
                        en: "expected '->' between the item and its match, as in =TCP -> transport",
                        ko: "항목과 그 짝 사이에 '->'가 있어야 합니다. 예: =TCP -> transport"), at: raw.marker)
            }
            let left = TextFormat.split(text[..<arrow.lowerBound].trimmingWhitespace).text
            let right = text[arrow.upperBound...].trimmingWhitespace
            guard !right.isEmpty else {
                throw error(Localized(en: "expected the match after '->'", ko: "'->' 뒤에 짝이 있어야 합니다"), at: raw.marker)
            }
            pairs.append(MatchPair(left: left, right: right))
        }
        guard pairs.prompts.count >= 2 else {
            throw error(
                Localized(
                    en: "expected at least two '=left -> right' pairs in a matching question",
                    ko: "짝짓기 문항에는 '=왼쪽 -> 오른쪽' 짝이 두 개 이상 있어야 합니다"), at: answers[answers.startIndex])
        }
        return .matching(pairs)
    }
}
