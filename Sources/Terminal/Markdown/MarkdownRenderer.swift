/// Renders course Markdown for a terminal of a given width.
package struct MarkdownRenderer: StyledRenderer {
    package var style: RenderStyle
    /// The label of a ```lab box, for example `▶ try these` or `▶ 실습`.
    package var labLabel: String
    /// Draws a ```mermaid block; nil shows its source.
    package var diagram: (String) -> String?
    /// The title of a `> [!NOTE]` box from its kind (`NOTE`, `TIP`, ...), for example `참고` in Korean.
    package var calloutTitle: (String) -> String

    package init(
        style: RenderStyle, labLabel: String, calloutTitle: @escaping (String) -> String = { $0 },
        diagram: @escaping (String) -> String?
    ) {
        self.style = style
        self.labLabel = labLabel
        self.calloutTitle = calloutTitle
        self.diagram = diagram
    }

    /// The rendered text.
    package func render(_ markdown: String) -> String {
        var out = ""
        var previous: MarkdownBlock?
        for block in MarkdownBlock.parse(markdown) {
            if let previous { out += previous.isListItem && block.isListItem ? "\n" : "\n\n" }
            out += render(block)
            previous = block
        }
        return out
    }

    /// One line of Markdown without its block structure: `**bold**`, `` `code` ``, links.
    package func renderInline(_ text: String) -> String { inline.render(text) }

    private var inline: InlineMarkdown { InlineMarkdown(styler: styler) }

    private func render(_ block: MarkdownBlock) -> String {
        switch block {
        case .heading(let level, let text): return heading(level: level, text: text)
        case .paragraph(let text): return wrap(inline.render(text), indent: "")
        case .listItem(let depth, let marker, let text):
            let lead = String(repeating: "  ", count: depth) + (marker == "•" ? glyphs.bullet : marker) + " "
            return wrap(inline.render(text), indent: String(repeating: " ", count: DisplayWidth.of(lead)), first: lead)
        case .table(let header, let alignments, let rows):
            return TableRenderer(style: style)
                .render(
                    headers: header.map(inline.render), rows: rows.map { $0.map(inline.render) }, alignments: alignments
                )
        case .quote(let lines):
            let bar = styler.dim(String(glyphs.vertical)) + " "
            return wrap(inline.render(lines.joined(separator: " ")), indent: bar, first: bar, width: width)
        case .callout(let kind, let lines):
            let text = inline.render(lines.joined(separator: " "))
            return box(title: calloutTitle(kind), lines: TextLayout.wrap(text, to: width - 4))
        case .code(let language, let lines): return code(language: language, lines: lines)
        case .rule: return styler.dim(String(repeating: glyphs.horizontal, count: width))
        }
    }

    private func heading(level: Int, text: String) -> String {
        let title = styler.bold(inline.render(text))
        switch level {
        case 1:
            return title + "\n"
                + String(repeating: glyphs.unicode ? "═" : "=", count: min(width, DisplayWidth.of(inline.render(text))))
        case 2:
            return title + "\n"
                + String(repeating: glyphs.horizontal, count: min(width, DisplayWidth.of(inline.render(text))))
        default: return title
        }
    }

    private func code(language: String, lines: [String]) -> String {
        switch language {
        case "mermaid":
            let source = lines.joined(separator: "\n")
            return diagram(source) ?? box(title: "mermaid", lines: lines)
        case "lab":
            return box(
                title: labLabel, lines: lines.filter { !$0.trimmingSpaces().isEmpty }.map { "> " + $0.trimmingSpaces() }
            )
        default:
            return box(title: language.isEmpty ? "code" : language, lines: lines)
        }
    }

    /// Wraps `text` to the width, with `first` before the first line and `indent` before the others.
    private func wrap(_ text: String, indent: String, first: String? = nil, width: Int? = nil) -> String {
        let lead = first ?? indent
        let room = (width ?? self.width) - DisplayWidth.of(lead)
        return TextLayout.wrap(text, to: room).enumerated().map { ($0.offset == 0 ? lead : indent) + $0.element }
            .joined(separator: "\n")
    }

    /// A framed box with a title in its top border; a long line is folded at spaces, its continuation
    /// indented two columns past its own indentation (and a lab command's `> `).
    func box(title: String, lines: [String]) -> String {
        let inner = width - 4
        let titleText = " \(title) "
        let top =
            String(glyphs.topLeft) + String(glyphs.horizontal) + styler.bold(titleText)
            + String(repeating: glyphs.horizontal, count: max(0, inner + 1 - DisplayWidth.of(titleText)))
            + String(glyphs.topRight)
        let body = lines.flatMap { TextLayout.fitLine($0[...], to: inner, isLead: { $0 == " " || $0 == ">" }) }.map {
            line in
            String(glyphs.vertical) + " "
                + TextLayout.pad(TextLayout.truncate(line, to: inner, ellipsis: glyphs.ellipsis), to: inner)
                + " " + String(glyphs.vertical)
        }
        let bottom =
            String(glyphs.bottomLeft) + String(repeating: glyphs.horizontal, count: inner + 2)
            + String(glyphs.bottomRight)
        return ([top] + body + [bottom]).joined(separator: "\n")
    }
}
