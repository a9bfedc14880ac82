extension GIFTItemParser {
    /// A numerical section after its `#`: one answer, or several each starting with `=` (or `~`).
    func numerical(_ body: ArraySlice<GIFTToken>, at hash: GIFTToken) throws(GIFTError) -> QuestionKind {
        let trimmed = body.trimmed
        guard !trimmed.isEmpty else {
            throw error("expected a number after '#', as in {#3.14:0.01} or {#1..5}", at: hash)
        }
        let isSeveral = trimmed.contains { $0.isSpecial("=") || $0.isSpecial("~") }
        let raws = try isSeveral ? rawAnswers(trimmed) : [GIFTRawAnswer(marker: hash, body: trimmed)]
        var answers: [NumericAnswer] = []
        for raw in raws {
            answers.append(try numericAnswer(raw))
        }
        return .numerical(answers)
    }

    private func numericAnswer(_ raw: GIFTRawAnswer) throws(GIFTError) -> NumericAnswer {
        var body = raw.body
        let percent = try percentage(&body)
        let (text, feedback) = try textAndFeedback(body, marker: raw.marker)
        let defaultPercent: Double = raw.marker.character == "~" ? 0 : 100
        guard let (value, tolerance) = Self.valueAndTolerance(text) else {
            let at = body.trimmed.first ?? raw.marker
            throw error("expected a number, 'n:tolerance' or 'min..max', got '\(text)'", at: at)
        }
        return NumericAnswer(value: value, tolerance: tolerance, fraction: (percent ?? defaultPercent) / 100, feedback: feedback)
    }

    /// `n`, `n:tol` or `min..max` as a value and a non-negative tolerance.
    static func valueAndTolerance(_ text: String) -> (Double, Double)? {
        let compact = text.filter { !$0.isWhitespace }
        let range = compact.components(separatedBy: "..")
        if range.count == 2 {
            guard let low = GIFTNumber.parse(range[0]), let high = GIFTNumber.parse(range[1]), low <= high else { return nil }
            return ((low + high) / 2, (high - low) / 2)
        }
        let parts = compact.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let value = GIFTNumber.parse(parts[0]) else { return nil }
        guard parts.count == 2 else { return (value, 0) }
        guard let tolerance = GIFTNumber.parse(parts[1]) else { return nil }
        return (value, abs(tolerance))
    }
}
