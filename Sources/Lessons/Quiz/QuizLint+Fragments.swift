extension QuizLint {
    /// Choices that read like pieces of one text cut by an unescaped `=` or `~`, with the fix.
    ///
    /// `{=W = 2, R = 2 ~W = 1}` becomes the choices `W`, `2, R`, `2` and `W`: a short name
    /// followed by a number, a lone word after a comma, a choice that is only a number among
    /// worded ones, or a left-hand side ending in an operator (`W >` from `W >= 2`).
    static func fragmentProblems(_ choices: [Choice]) -> [String] {
        let texts = choices.map { $0.text.trimmingWhitespace }
        let numeric = texts.map(isBareNumber)
        var pieces: [(text: String, why: String)] = []
        for (index, text) in texts.enumerated() {
            let next = index + 1 < texts.count ? texts[index + 1] : nil
            if let why = pieceReason(text, next: next, isNumber: numeric[index], mixed: numeric.contains(false)) {
                pieces.append((text, why))
            }
        }
        guard let first = pieces.first else { return [] }
        let fix = "if an unescaped '=' or '~' cut the text, write \\= or \\~"
        if pieces.count >= 3 {
            return [
                "\(pieces.count) of \(choices.count) choices look like fragments of one formula ("
                    + pieces.prefix(4).map { "'\($0.text)'" }.joined(separator: ", ") + "); \(fix)"
            ]
        }
        return ["choice '\(first.text)' \(first.why); \(fix)"]
    }

    private static func pieceReason(_ text: String, next: String?, isNumber: Bool, mixed: Bool) -> String? {
        if isShortName(lastWord(text)), let next, next.first?.isNumber == true {
            return "and the next choice '\(next)' look like one text cut in two"
        }
        if let last = text.last, "<>!+*/^(,".contains(last) {
            return "ends with '\(last)', like the left-hand side of a formula"
        }
        if let comma = text.lastIndex(of: ","), isShortName(text[text.index(after: comma)...].trimmingWhitespace) {
            return "ends with a lone word after a comma, like a formula cut after 'R' in 'W = 2, R = 2'"
        }
        if isNumber, mixed {
            return "is only a number among choices that are words; give it the words or unit the others have"
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
