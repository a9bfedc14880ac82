/// One piece of question HTML as the sanitiser sees it: text, a tag with its lower-case name, or a comment.
enum HTMLToken: Equatable {
    case text(String)
    /// `<name ...>` (attributes are never kept); `raw` is the whole tag as written, for showing it escaped.
    case start(name: String, raw: String)
    case end(name: String, raw: String)
    case comment

    /// Splits `html` into tokens; a `<` that starts no tag is text.
    static func tokens(_ html: String) -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var text = ""
        var index = html.startIndex
        while index < html.endIndex {
            if html[index] == "<", let found = tag(in: html, at: index) {
                if !text.isEmpty { tokens.append(.text(text)) }
                text = ""
                tokens.append(found.token)
                index = found.next
            } else {
                text.append(html[index])
                index = html.index(after: index)
            }
        }
        if !text.isEmpty { tokens.append(.text(text)) }
        return tokens
    }

    /// The tag or comment starting at `start` (a `<`) and the index after it, or nil when it is not one.
    private static func tag(in html: String, at start: String.Index) -> (token: HTMLToken, next: String.Index)? {
        let rest = html[html.index(after: start)...]
        if rest.hasPrefix("!--") {
            let end = rest.range(of: "-->")?.upperBound ?? html.endIndex
            return (.comment, end)
        }
        let closing = rest.hasPrefix("/")
        let nameStart = closing ? rest.index(after: rest.startIndex) : rest.startIndex
        let name = rest[nameStart...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard let first = name.first, first.isLetter, let close = closingBracket(html, from: name.endIndex) else {
            return nil
        }
        let next = html.index(after: close)
        let raw = String(html[start..<next])
        let lower = name.lowercased()
        return (closing ? .end(name: lower, raw: raw) : .start(name: lower, raw: raw), next)
    }

    /// The `>` that ends a tag, skipping quoted attribute values.
    private static func closingBracket(_ html: String, from start: String.Index) -> String.Index? {
        var quote: Character?
        var index = start
        while index < html.endIndex {
            let character = html[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return index
            } else if character == "<" {
                return nil
            }
            index = html.index(after: index)
        }
        return nil
    }
}
