/// A line of a GIFT file, trimmed, with where its text starts in the original line.
struct GIFTLine: Sendable, Hashable {
    var number: Int
    var original: String
    var text: String
    /// 1-based column of `text`'s first character in `original`.
    var firstColumn: Int
}

/// Turns the lines of one GIFT item into tokens, resolving `\~ \= \# \{ \} \: \n \\`.
enum GIFTLexer {
    /// Tokens of `lines`, joined by newline tokens; any other backslash stays literal (LaTeX survives).
    static func tokens(of lines: [GIFTLine]) -> [GIFTToken] {
        var tokens: [GIFTToken] = []
        for (index, line) in lines.enumerated() {
            if index > 0, let last = tokens.last {
                tokens.append(GIFTToken(character: "\n", isSpecial: false, line: last.line, column: last.column + 1))
            }
            tokens += lineTokens(line)
        }
        return tokens
    }

    private static func lineTokens(_ line: GIFTLine) -> [GIFTToken] {
        let characters = Array(line.text)
        var tokens: [GIFTToken] = []
        var index = 0
        while index < characters.count {
            let column = line.firstColumn + index
            let (character, isSpecial, width) = token(in: characters, at: index)
            tokens.append(GIFTToken(character: character, isSpecial: isSpecial, line: line.number, column: column))
            index += width
        }
        return tokens
    }

    private static func token(in characters: [Character], at index: Int) -> (Character, Bool, Int) {
        let character = characters[index]
        guard character == "\\", index + 1 < characters.count else {
            return (character, GIFTToken.specials.contains(character), 1)
        }
        let next = characters[index + 1]
        if GIFTToken.specials.contains(next) || next == "\\" { return (next, false, 2) }
        if next == "n" { return ("\n", false, 2) }
        return (character, false, 1)
    }
}
