/// Splits a command line into words the way a shell would, for the few rules a lab needs.
///
/// Words are separated by spaces or tabs; `"…"` and `'…'` group words and are removed;
/// a backslash escapes the next character outside single quotes.
///
///     try Words.split(#"echo "hello world" 한글"#)  // ["echo", "hello world", "한글"]
package enum Words {
    /// The longest word a command accepts, in UTF-8 bytes (a path or an `echo` sentence fits).
    package static let maximumWordBytes = 1_024

    package static func split(_ line: String) throws(LabError) -> [String] {
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
            throw .usage("unterminated quote \(open)", hint: "close it with another \(open)")
        }
        if escaped { current.append("\\") }
        if inWord { words.append(current) }
        return words
    }
}
