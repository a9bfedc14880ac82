import Foundation

extension QuestionHTML {
    /// The Markdown a terminal renders for `[html]` question text: emphasis, code, lists, quotes and breaks
    /// kept as Markdown, references decoded, a tag outside the allow-list shown as written.
    package static func markdown(_ html: String) -> String {
        var out = ""
        var lists: [String] = []
        for token in HTMLToken.tokens(html) {
            switch token {
            case .text(let text): out += HTMLText.decoded(lists.isEmpty ? text : collapsed(text))
            case .comment: continue
            case .start(let name, let raw):
                if !allowed.contains(name) { out += raw }
                if name == "ul" || name == "ol" { lists.append(name) }
                out += opening(name, list: lists.last)
            case .end(let name, let raw):
                if !allowed.contains(name) { out += raw }
                if name == "ul" || name == "ol" { _ = lists.popLast() }
                out += closing(name)
            }
        }
        return out.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        .joined(separator: "\n").replacing(/\n{3,}/, with: "\n\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What an allowed start tag becomes in Markdown.
    private static func opening(_ name: String, list: String?) -> String {
        switch name {
        case "b", "strong": "**"
        case "i", "em": "*"
        case "code", "kbd": "`"
        case "br": "\n"
        case "hr": "\n\n---\n\n"
        case "pre": "\n\n```\n"
        case "li": list == "ol" ? "\n1. " : "\n- "
        case "blockquote": "\n\n> "
        case "h3", "h4", "h5", "h6": "\n\n### "
        case "p", "div", "ul", "ol", "table", "tr": "\n\n"
        case "td", "th": " "
        default: ""
        }
    }

    /// What an allowed end tag becomes in Markdown.
    private static func closing(_ name: String) -> String {
        switch name {
        case "b", "strong": "**"
        case "i", "em": "*"
        case "code", "kbd": "`"
        case "pre": "\n```\n\n"
        case "p", "div", "ul", "ol", "blockquote", "h3", "h4", "h5", "h6", "table": "\n\n"
        case "td", "th": " |"
        default: ""
        }
    }

    /// Text between list tags without the source's line breaks.
    private static func collapsed(_ text: String) -> String {
        text.replacing(/\s*\n\s*/, with: " ")
    }
}
