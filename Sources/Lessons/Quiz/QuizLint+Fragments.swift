import LabText

extension QuizLint {
    /// Choices that read like pieces of one text cut by an unescaped `=` or `~`, with the fix.
    ///
    /// `{=W = 2, R = 2 ~W = 1}` becomes the choices `W`, `2, R`, `2` and `W`: a short name
    /// followed by a number, a lone word after a comma, a choice that is only a number among
    /// worded ones, or a left-hand side ending in an operator (`W >` from `W >= 2`).
    static func fragmentProblems(_ choices: [Choice]) -> [Localized] {
        let texts = choices.map { $0.text.trimmingWhitespace }
        let numeric = texts.map(isBareNumber)
        var pieces: [(text: String, why: Localized)] = []
        for (index, text) in texts.enumerated() {
            let next = index + 1 < texts.count ? texts[index + 1] : nil
            if let why = pieceReason(text, next: next, isNumber: numeric[index], mixed: numeric.contains(false)) {
                pieces.append((text, why))
            }
        }
        guard let first = pieces.first else { return [] }
        let fix = Localized(
            en: "if an unescaped '=' or '~' cut the text, write \\= or \\~",
            ko: "이스케이프하지 않은 '='나 '~'가 글을 잘랐다면 \\= 또는 \\~로 쓰세요")
        if pieces.count >= 3 {
            let quoted = pieces.prefix(4).map { "'\($0.text)'" }.joined(separator: ", ")
            return [
                Localized(
                    en: "\(pieces.count) of \(choices.count) choices look like fragments of one formula (\(quoted)); \(fix.en)",
                    ko: "보기 \(choices.count)개 중 \(pieces.count)개가 한 식의 조각처럼 보입니다(\(quoted)). \(fix.ko)")
            ]
        }
        return [
            Localized(
                en: "choice '\(first.text)' \(first.why.en); \(fix.en)", ko: "보기 '\(first.text)': \(first.why.ko). \(fix.ko)")
        ]
    }

    /// Why a choice looks like a piece of a cut text, or nil.
    private static func pieceReason(_ text: String, next: String?, isNumber: Bool, mixed: Bool) -> Localized? {
        if isShortName(lastWord(text)), let next, next.first?.isNumber == true {
            return Localized(
                en: "and the next choice '\(next)' look like one text cut in two",
                ko: "다음 보기 '\(next)'까지 둘로 잘린 한 글처럼 보입니다")
        }
        if let last = text.last, "<>!+*/^(,".contains(last) {
            return Localized(
                en: "ends with '\(last)', like the left-hand side of a formula",
                ko: "식의 좌변처럼 '\(last)' 기호에서 끝납니다")
        }
        if let comma = text.lastIndex(of: ","), isShortName(text[text.index(after: comma)...].trimmingWhitespace) {
            return Localized(
                en: "ends with a lone word after a comma, like a formula cut after 'R' in 'W = 2, R = 2'",
                ko: "'W = 2, R = 2'를 'R' 뒤에서 자른 식처럼 쉼표 뒤의 외톨이 낱말에서 끝납니다")
        }
        if isNumber, mixed {
            return Localized(
                en: "is only a number among choices that are words; give it the words or unit the others have",
                ko: "낱말로 된 보기들 사이에 숫자만 있습니다. 다른 보기처럼 낱말이나 단위를 붙이세요")
        }
        return nil
    }

    /// A number with at most a sign, a decimal point and a percent sign: `2`, `-0.5`, `80%`.
    static func isBareNumber(_ text: String) -> Bool {
        let body = text.hasSuffix("%") ? String(text.dropLast()) : text
        return Double(body) != nil
    }

    private static func lastWord(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
    }

    /// One or two ASCII letters, like the `W` or `R` of a quorum formula.
    private static func isShortName(_ word: String) -> Bool {
        (1...2).contains(word.count) && word.allSatisfy { $0.isASCII && $0.isLetter }
    }
}
