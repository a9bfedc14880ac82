import LabText

extension GIFTItemParser {
    /// A numerical section after its `#`: answers (the first may have no `=`), then after the first
    /// unescaped `~` Moodle's catch-all, worth 0%, whose feedback follows its `#`.
    func numerical(_ body: ArraySlice<GIFTToken>, at hash: GIFTToken) throws(GIFTError) -> QuestionKind {
        let tilde = body.firstSpecial("~") ?? body.endIndex
        let trimmed = body[..<tilde].trimmed
        guard !trimmed.isEmpty else {
            throw error(
                Localized(
                    en: "expected a number after '#', as in {#3.14:0.01} or {#1..5}",
                    ko: "'#' 뒤에 수가 있어야 합니다. 예: {#3.14:0.01} 또는 {#1..5}"), at: hash)
        }
        var answers: [NumericAnswer] = []
        for raw in try rawAnswers(trimmed, leadingUnmarked: true) {
            answers.append(try numericAnswer(raw))
        }
        if tilde < body.endIndex {
            let rest = body[(tilde + 1)...]
            let feedback = rest.firstSpecial("#").map { TextFormat.split(rest[($0 + 1)...].text).text } ?? ""
            answers.append(
                NumericAnswer(value: 0, fraction: 0, feedback: feedback.isEmpty ? nil : feedback, matchesAnything: true)
            )
        }
        return .numerical(answers)
    }

    private func numericAnswer(_ raw: GIFTRawAnswer) throws(GIFTError) -> NumericAnswer {
        var body = raw.body
        let percent = try percentage(&body)
        let (text, feedback) = try textAndFeedback(body, marker: raw.marker)
        guard let (value, tolerance) = Self.valueAndTolerance(text) else {
            let at = body.trimmed.first ?? raw.marker
            throw error(
                Localized(
                    en: "expected a number, 'n:tolerance' or 'min..max', got '\(text)'",
                    ko: "수, '값:허용 오차', '최소..최대' 가운데 하나여야 하는데 '\(text)'입니다"), at: at)
        }
        return NumericAnswer(value: value, tolerance: tolerance, fraction: (percent ?? 100) / 100, feedback: feedback)
    }

    /// `n`, `n:tol` or `min..max` (either order, as Moodle: `5..1` is 1..5) as a value and a non-negative tolerance.
    static func valueAndTolerance(_ text: String) -> (Double, Double)? {
        let compact = text.filter { !$0.isWhitespace }
        let range = compact.components(separatedBy: "..")
        if range.count == 2 {
            guard let low = GIFTNumber.parse(range[0]), let high = GIFTNumber.parse(range[1]) else { return nil }
            return ((low + high) / 2, abs(high - low) / 2)
        }
        let parts = compact.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let value = GIFTNumber.parse(parts[0]) else { return nil }
        guard parts.count == 2 else { return (value, 0) }
        guard let tolerance = GIFTNumber.parse(parts[1]) else { return nil }
        return (value, abs(tolerance))
    }
}
