import Terminal

/// `[markdown]` question text as safe HTML for the page: the blocks the terminal's renderer knows
/// (`MarkdownBlock`), every character of the author's text escaped, links shown as their text only.
enum MarkdownHTML {
    static func render(_ markdown: String) -> String {
        var out = ""
        var list: String?
        for block in MarkdownBlock.parse(markdown) {
            let kind = block.listKind
            if list != kind {
                if let list { out += "</\(list)>" }
                if let kind { out += "<\(kind)>" }
                list = kind
            }
            out += html(block)
        }
        if let list { out += "</\(list)>" }
        return out
    }

    private static func html(_ block: MarkdownBlock) -> String {
        switch block {
        case .heading(_, let text): "<h4>\(inline(text))</h4>"
        case .paragraph(let text): "<p>\(inline(text))</p>"
        case .listItem(_, _, let text): "<li>\(inline(text))</li>"
        case .table(let header, _, let rows):
            "<table><tr>" + header.map { "<th>\(inline($0))</th>" }.joined() + "</tr>"
                + rows.map { "<tr>" + $0.map { "<td>\(inline($0))</td>" }.joined() + "</tr>" }.joined() + "</table>"
        case .quote(let lines), .callout(_, let lines):
            "<blockquote>\(inline(lines.joined(separator: " ")))</blockquote>"
        case .code(_, let lines): "<pre><code>\(HTMLText.escape(lines.joined(separator: "\n")))</code></pre>"
        case .rule: "<hr>"
        }
    }

    /// `**bold**`, `*italic*`, `` `code` `` and `[text](url)` (text only) in escaped text.
    static func inline(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let first = rest.first {
            if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
                out +=
                    "<strong>" + inline(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]))
                    + "</strong>"
                rest = rest[end.upperBound...]
            } else if first == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                out += "<code>" + HTMLText.escape(String(rest[rest.index(after: rest.startIndex)..<end])) + "</code>"
                rest = rest[rest.index(after: end)...]
            } else if first == "*", !rest.hasPrefix("* "), let end = rest.dropFirst().firstIndex(of: "*") {
                out += "<em>" + inline(String(rest[rest.index(after: rest.startIndex)..<end])) + "</em>"
                rest = rest[rest.index(after: end)...]
            } else if first == "[", let close = rest.firstIndex(of: "]"), rest[close...].dropFirst().first == "(",
                let paren = rest[close...].firstIndex(of: ")")
            {
                out += inline(String(rest[rest.index(after: rest.startIndex)..<close]))
                rest = rest[rest.index(after: paren)...]
            } else {
                out += HTMLText.escape(String(first))
                rest = rest.dropFirst()
            }
        }
        return out
    }
}

extension MarkdownBlock {
    /// `ul` or `ol` for a list item (by its marker), else nil.
    fileprivate var listKind: String? {
        guard case .listItem(_, let marker, _) = self else { return nil }
        return marker == "•" ? "ul" : "ol"
    }
}
