import Lessons

/// Question text written as `[html]`, made safe for the learner's page: an allow-list of tags without
/// attributes, every other tag shown escaped as text, comments dropped, every open tag closed.
///
///     QuestionHTML.sanitize("<b onclick=x>hi</b><img src=x onerror=alert(1)>")
///     // "<b>hi</b>&lt;img src=x onerror=alert(1)&gt;"
package enum QuestionHTML {
    /// Tags kept (attributes never are): text formatting, lists, tables, quotes and code.
    static let allowed: Set<String> = [
        "p", "br", "b", "strong", "i", "em", "u", "s", "sub", "sup", "small", "mark", "code", "pre", "kbd", "var",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "h3", "h4", "h5", "h6", "hr", "span", "div",
        "table", "thead", "tbody", "tr", "th", "td", "caption"
    ]
    /// Allowed tags that have no end tag.
    static let void: Set<String> = ["br", "hr"]

    /// Safe HTML for the page from the author's `html` (terminal controls defused first).
    package static func sanitize(_ html: String) -> String {
        var out = ""
        var open: [String] = []
        for token in HTMLToken.tokens(UntrustedText.multiLine(html)) {
            switch token {
            case .text(let text): out += HTMLText.reescaped(text)
            case .comment: continue
            case .start(let name, let raw):
                guard allowed.contains(name) else {
                    out += HTMLText.escape(raw)
                    continue
                }
                out += "<\(name)>"
                if !void.contains(name) { open.append(name) }
            case .end(let name, let raw):
                if void.contains(name) { continue }
                guard allowed.contains(name) else {
                    out += HTMLText.escape(raw)
                    continue
                }
                guard let depth = open.lastIndex(of: name) else { continue }
                for closing in open[depth...].reversed() { out += "</\(closing)>" }
                open.removeSubrange(depth...)
            }
        }
        for closing in open.reversed() { out += "</\(closing)>" }
        return out
    }

    /// Safe HTML for the page from question text in `format`: HTML sanitised, Markdown rendered, other text escaped.
    package static func page(_ text: String, format: TextFormat) -> String {
        switch format {
        case .html: sanitize(text)
        case .markdown: MarkdownHTML.render(UntrustedText.multiLine(text))
        case .moodle, .plain: HTMLText.escape(UntrustedText.multiLine(text))
        }
    }
}
