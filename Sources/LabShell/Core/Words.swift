import LabText

/// Splits a command line into words the way a shell would, for the few rules a lab needs.
///
/// Words are separated by spaces or tabs; `"…"` and `'…'` group words and are removed;
/// a backslash escapes the next character outside single quotes.
///
///     try Words.split(#"echo "hello world" 한글"#)  // ["echo", "hello world", "한글"]
package enum Words {
    /// The longest word a command accepts, in UTF-8 bytes (a path or an `echo` sentence fits).
    package static let maximumWordBytes = 1_024

    /// The words of `line`; an unterminated quote is an error in `language`.
    package static func split(_ line: String, language: Language = .en) throws(LabError) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                inWord = true
            } else if character == "\\" && quote != "'" {
                escaped = true
                inWord = true
            } else if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            } else {
                current.append(character)
                inWord = true
            }
        }
        if let open = quote {
            throw .usage(
                Localized(en: "unterminated quote \(open)", ko: "따옴표 \(open)이(가) 닫히지 않았습니다").text(language),
                hint: Localized(en: "close it with another \(open)", ko: "\(open)을(를) 하나 더 써서 닫으세요").text(language))
        }
        if escaped { current.append("\\") }
        if inWord { words.append(current) }
        return words
    }
}
