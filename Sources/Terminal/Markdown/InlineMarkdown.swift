import Foundation

/// `**bold**`, `*italic*`, `` `code` `` and `[text](url)` turned into styled terminal text.
struct InlineMarkdown {
    let styler: Styler

    /// The visible text with styles (markers removed). Without colour, bold and italic
    /// simply lose their markers; code keeps its backquotes so it still stands out.
    func render(_ text: String) -> String {
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
                out += styler.bold(render(String(rest[rest.index(index, offsetBy: 2)..<end.lowerBound])))
                index = end.upperBound
            } else if rest.hasPrefix("`"), let end = rest.dropFirst().firstIndex(of: "`") {
                let code = String(rest[rest.index(after: index)..<end])
                out += styler.enabled ? styler.color(code, .cyan) : "`" + code + "`"
                index = text.index(after: end)
            } else if rest.hasPrefix("*"), !rest.hasPrefix("* "), let end = rest.dropFirst().firstIndex(of: "*") {
                out += styler.dim(String(rest[rest.index(after: index)..<end]))
                index = text.index(after: end)
            } else if rest.hasPrefix("["), let close = rest.firstIndex(of: "]"),
                text.index(after: close) < text.endIndex, text[text.index(after: close)] == "(",
                let paren = text[close...].firstIndex(of: ")")
            {
                out += styler.bold(String(rest[rest.index(after: index)..<close]))
                index = text.index(after: paren)
            } else {
                out.append(text[index])
                index = text.index(after: index)
            }
        }
        return out
    }
}
