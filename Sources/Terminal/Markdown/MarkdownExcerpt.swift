import Foundation

/// The part of a Markdown text that holds a searched phrase, rendered as a few plain lines.
///
/// The block that holds the phrase is found after rendering (so `**load** balancer` holds
/// "load balancer"), a diagram becomes one `[diagram]` line with its labels, and the lines
/// are wrapped at words with the matches in reverse video when colour is on.
package struct MarkdownExcerpt: StyledRenderer {
    package var style: RenderStyle
    /// What a Mermaid diagram is called, for example `[diagram]` or `[다이어그램]`.
    package var diagramLabel: String
    /// The most lines an excerpt takes.
    package var maximumLines = 3

    package init(style: RenderStyle, diagramLabel: String) {
        self.style = style
        self.diagramLabel = diagramLabel
    }

    /// The first block of `markdown` that contains `phrase` (ignoring case), as wrapped lines
    /// around its first match; nil when no block contains it.
    package func render(_ markdown: String, phrase: String) -> [String]? {
        let needle = phrase.lowercased()
        guard !needle.isEmpty else { return nil }
        let inline = InlineMarkdown(styler: Styler(enabled: false))
        let texts = MarkdownBlock.parse(markdown).flatMap { searchable($0, inline: inline) }
        guard let text = texts.first(where: { $0.searched.lowercased().contains(needle) })?.shown else { return nil }
        let lines = TextLayout.wrap(text, to: width - DisplayWidth.of(glyphs.ellipsis))
        let first = lines.firstIndex { $0.lowercased().contains(needle) } ?? 0
        let start = max(0, min(first - 1, lines.count - maximumLines))
        var shown = Array(lines[start..<min(lines.count, start + maximumLines)])
        if start > 0 { shown[0] = glyphs.ellipsis + shown[0] }
        if start + shown.count < lines.count { shown[shown.count - 1] += glyphs.ellipsis }
        return shown.map { highlight(needle, in: $0) }
    }

    /// The texts a block shows, one per row or line where the block has rows or lines, each with
    /// the text searched: a diagram line is searched as written and shown by its labels.
    private func searchable(_ block: MarkdownBlock, inline: InlineMarkdown) -> [(searched: String, shown: String)] {
        let plain: [String]
        switch block {
        case .heading(_, let text), .paragraph(let text), .listItem(_, _, let text): plain = [inline.render(text)]
        case .table(let header, _, let rows):
            plain = ([header] + rows).map { $0.map(inline.render).joined(separator: " · ") }
        case .quote(let lines), .callout(_, let lines): plain = [inline.render(lines.joined(separator: " "))]
        case .code(language: "mermaid", let lines):
            return lines.map { line in
                let labels = MermaidLabels.of(line)
                return (
                    line, diagramLabel + " " + (labels.isEmpty ? line.trimmingSpaces() : labels.joined(separator: ", "))
                )
            }
        case .code(_, let lines): plain = lines.map { $0.trimmingSpaces() }
        case .rule: plain = []
        }
        return plain.map { ($0, $0) }
    }

    /// `line` with every occurrence of `needle` (already lowercased) in reverse video.
    private func highlight(_ needle: String, in line: String) -> String {
        guard styler.enabled else { return line }
        var out = ""
        var rest = Substring(line)
        while let range = rest.lowercased().range(of: needle), let match = matchRange(range, lowered: rest) {
            out += String(rest[..<match.lowerBound]) + styler.reverse(String(rest[match]))
            rest = rest[match.upperBound...]
        }
        return out + String(rest)
    }

    /// The range in `text` of a range found in `text.lowercased()`, when lowercasing kept the length.
    private func matchRange(_ range: Range<String.Index>, lowered text: Substring) -> Range<Substring.Index>? {
        let lowered = text.lowercased()
        guard lowered.count == text.count else { return nil }
        let start = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
        let length = lowered.distance(from: range.lowerBound, to: range.upperBound)
        let lower = text.index(text.startIndex, offsetBy: start)
        return lower..<text.index(lower, offsetBy: length)
    }
}

/// The labels a line of a Mermaid flowchart shows: the texts inside `[...]`, `(...)`, `{...}` and `|...|`.
enum MermaidLabels {
    static func of(_ line: String) -> [String] {
        var labels: [String] = []
        var current: String?
        var depth = 0
        for character in line {
            if "[({".contains(character) || (character == "|" && depth == 0) {
                depth += 1
                if depth == 1 { current = "" }
            } else if "])}".contains(character) || (character == "|" && depth == 1 && current != nil) {
                depth = max(0, depth - 1)
                if depth == 0, let label = current { labels.append(Self.clean(label)) }
                if depth == 0 { current = nil }
            } else if depth > 0 {
                current?.append(character)
            }
        }
        return labels.filter { !$0.isEmpty }
    }

    private static func clean(_ label: String) -> String {
        label.trimmingSpaces().trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).replacingOccurrences(
            of: "<br>", with: " ")
    }
}
