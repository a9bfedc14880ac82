import LabText

/// One answer of an answer section: its `=` or `~` marker and what follows up to the next marker.
struct GIFTRawAnswer {
    var marker: GIFTToken
    var body: ArraySlice<GIFTToken>
}

extension GIFTItemParser {
    /// The kind and general feedback of an answer section, its type decided in Moodle's order.
    func parseAnswerSection(_ section: ArraySlice<GIFTToken>, open: GIFTToken?) throws(GIFTError)
        -> (QuestionKind, String?)
    {
        var answers = section
        var generalFeedback: String?
        if let separator = lastGeneralFeedbackSeparator(in: section) {
            generalFeedback = TextFormat.split(section[(separator + 4)...].text).text
            answers = section[..<separator]
        }
        return (try kind(of: answers.trimmed, open: open), generalFeedback)
    }

    private func lastGeneralFeedbackSeparator(in section: ArraySlice<GIFTToken>) -> Int? {
        guard section.count >= 4 else { return nil }
        return stride(from: section.endIndex - 4, through: section.startIndex, by: -1).first { start in
            section[start..<(start + 4)].allSatisfy { $0.isSpecial("#") }
        }
    }

    private func kind(of answers: ArraySlice<GIFTToken>, open: GIFTToken?) throws(GIFTError) -> QuestionKind {
        guard let first = answers.first else { return .essay }
        if first.isSpecial("#") { return try numerical(answers.dropFirst(), at: first) }
        if answers.firstSpecial("~") != nil { return try multipleChoice(answers) }
        if answers.firstSpecial("=") != nil && answers.text.contains("->") { return try matching(answers) }
        let head = answers[..<(answers.firstSpecial("#") ?? answers.endIndex)].text
        if ["T", "TRUE", "F", "FALSE"].contains(head) { return trueFalse(answers, isTrue: head.hasPrefix("T")) }
        return try shortAnswer(answers)
    }

    private func multipleChoice(_ answers: ArraySlice<GIFTToken>) throws(GIFTError) -> QuestionKind {
        var choices: [Choice] = []
        for answer in try rawAnswers(answers) {
            var body = answer.body
            let isRight = answer.marker.character == "="
            let percent = isRight ? nil : try percentage(&body)
            let (text, feedback) = try textAndFeedback(body, marker: answer.marker)
            choices.append(Choice(text: text, fraction: isRight ? 1 : (percent ?? 0) / 100, feedback: feedback))
        }
        if answers.firstSpecial("=") != nil { return .multipleChoice(choices) }
        guard choices.contains(where: { $0.fraction > 0 }) else {
            throw error(
                Localized(
                    en: "expected a right answer: '=' for one, or '~%50%' credits when several are right",
                    ko: "정답이 있어야 합니다. 하나면 '=', 여럿이면 '~%50%'처럼 배점을 적으세요"),
                at: answers[answers.startIndex])
        }
        return .multipleAnswers(choices)
    }

    private func shortAnswer(_ answers: ArraySlice<GIFTToken>) throws(GIFTError) -> QuestionKind {
        var accepted: [ShortAnswer] = []
        for answer in try rawAnswers(answers, leadingUnmarked: true) {
            var body = answer.body
            let percent = try percentage(&body)
            let (text, feedback) = try textAndFeedback(body, marker: answer.marker)
            accepted.append(ShortAnswer(text: text, fraction: (percent ?? 100) / 100, feedback: feedback))
        }
        return .shortAnswer(accepted)
    }

    private func trueFalse(_ answers: ArraySlice<GIFTToken>, isTrue: Bool) -> QuestionKind {
        let feedbacks = answers.split(omittingEmptySubsequences: false) { $0.isSpecial("#") }.dropFirst()
        let texts = feedbacks.map { TextFormat.split($0.text).text }.map { $0.isEmpty ? nil : $0 }
        return .trueFalse(
            TrueFalseAnswer(
                isTrue: isTrue, feedbackWhenWrong: texts.first ?? nil, feedbackWhenRight: texts.dropFirst().first ?? nil
            ))
    }

    /// The answers of a section, each starting at an unescaped `=` or `~`; with `leadingUnmarked`, text
    /// before the first marker is an answer too (Moodle's short answer and numerical `{One}`).
    func rawAnswers(_ answers: ArraySlice<GIFTToken>, leadingUnmarked: Bool = false) throws(GIFTError)
        -> [GIFTRawAnswer]
    {
        let markers = answers.indices.filter { answers[$0].isSpecial("=") || answers[$0].isSpecial("~") }
        var raws: [GIFTRawAnswer] = []
        let firstMarker = markers.first ?? answers.endIndex
        if firstMarker != answers.startIndex {
            let start = answers[answers.startIndex]
            guard leadingUnmarked else {
                throw error(
                    Localized(
                        en: "expected '=' (a right answer) or '~' (a wrong one) before each answer",
                        ko: "답마다 앞에 '='(정답)이나 '~'(오답)를 적으세요"), at: start)
            }
            let marker = GIFTToken(character: "=", isSpecial: true, line: start.line, column: start.column)
            raws.append(GIFTRawAnswer(marker: marker, body: answers[answers.startIndex..<firstMarker]))
        }
        return raws
            + markers.enumerated().map { offset, marker in
                let end = offset + 1 < markers.count ? markers[offset + 1] : answers.endIndex
                return GIFTRawAnswer(marker: answers[marker], body: answers[(marker + 1)..<end])
            }
    }

    /// A leading `%w%` credit, removed from `body`; nil when there is none.
    func percentage(_ body: inout ArraySlice<GIFTToken>) throws(GIFTError) -> Double? {
        let trimmed = body.trimmed
        guard let open = trimmed.first, open.character == "%", !open.isSpecial else { return nil }
        guard let close = trimmed.dropFirst().firstIndex(where: { $0.character == "%" }) else {
            throw error(
                Localized(
                    en: "expected a closing '%' after the credit, as in ~%50%answer",
                    ko: "배점 뒤에 닫는 '%'가 있어야 합니다. 예: ~%50%답"), at: open)
        }
        let text = trimmed[(trimmed.startIndex + 1)..<close].text
        guard let value = GIFTNumber.parse(text), (-100...100).contains(value) else {
            throw error(
                Localized(
                    en: "expected a credit between -100 and 100 between the '%' signs, got '%\(text)%'",
                    ko: "'%' 사이의 배점은 -100에서 100 사이여야 하는데 '%\(text)%'입니다"), at: open)
        }
        body = trimmed[(close + 1)...]
        return value
    }

    /// An answer's text up to its first unescaped `#`, and the feedback after it, each without a
    /// leading `[html]`-style format (Moodle's `parse_text_with_format`).
    func textAndFeedback(_ body: ArraySlice<GIFTToken>, marker: GIFTToken) throws(GIFTError) -> (String, String?) {
        let hash = body.firstSpecial("#") ?? body.endIndex
        let text = TextFormat.split(body[..<hash].text).text
        guard !text.isEmpty else {
            throw error(
                Localized(
                    en: "expected the answer's text after '\(marker.character)'",
                    ko: "'\(marker.character)' 뒤에 답의 글이 있어야 합니다"), at: marker)
        }
        let feedback = hash < body.endIndex ? TextFormat.split(body[(hash + 1)...].text).text : ""
        return (text, feedback.isEmpty ? nil : feedback)
    }
}
