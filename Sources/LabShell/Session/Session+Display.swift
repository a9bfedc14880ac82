import Experiments
import LabText
import Terminal

extension Session {
    /// Renders course Markdown for the console (through the pager on a terminal).
    package func showMarkdown(_ markdown: String) {
        showLong(markdownRenderer.render(markdown))
    }

    /// The Markdown renderer for this console and language.
    var markdownRenderer: MarkdownRenderer {
        MarkdownRenderer(
            style: renderStyle,
            labLabel: text(en: "▶ try: type 'try' to run these", ko: "▶ 실습: 'try'를 입력하면 실행됩니다"),
            calloutTitle: { [language] kind in Self.calloutTitle(kind, language: language) },
            diagram: { [renderStyle] source in MermaidRenderer(style: renderStyle).render(source) })
    }

    /// Prints the first `limit` of `lines` to standard error, then how many more there were.
    package func printErrors(_ lines: [String], limit: Int = 50) {
        for line in lines.prefix(limit) { console.printError(line) }
        guard lines.count > limit else { return }
        let more = lines.count - limit
        console.printError(text(en: "... and \(more) more like these", ko: "... 이 밖에 \(more)건 더 있습니다"))
    }

    /// Prints `text` with each line longer than the console wrapped at words, keeping its indentation.
    package func printWrapped(_ text: String) {
        console.print(TextLayout.fitLines(text, to: console.width, hanging: 0))
    }

    /// Prints text, through the pager when a person reads it on a screen too small for it.
    package func showLong(_ text: String) {
        if mode == .interactive, environment.variables["TERM"] != "dumb", Pager.isTallerThanScreen(text),
            Pager.show(console.neutralized(text) + "\n", environment: environment.variables)
        {
            return
        }
        console.print(text)
    }
}

extension Session {
    /// The drawing characters for this console.
    var glyphs: Glyphs { Glyphs.forLocale(unicode: console.unicodeEnabled) }
    /// Glyphs, styles and width for every renderer: what `set width`, `set color` and the locale chose.
    var renderStyle: RenderStyle { RenderStyle(glyphs: glyphs, styler: styler, width: console.width) }
    /// Styles, active only when colour is on.
    var styler: Styler { Styler(enabled: console.colorEnabled) }

    /// Prints a table lined up by display width.
    package func showTable(headers: [String], rows: [[String]]) {
        console.print(TableRenderer(style: renderStyle).render(headers: headers, rows: rows))
    }

    /// Renders a report: parameters, metrics, tables, charts, timelines and findings.
    package func show(_ report: Report) {
        showLong(
            ReportView(report: report, language: language, glyphs: glyphs, styler: styler, width: console.width).text)
    }
}

extension Session {
    /// The title of a GitHub callout box: the kind as written in English, its Korean word in Korean.
    static func calloutTitle(_ kind: String, language: Language) -> String {
        guard language == .ko else { return kind }
        switch kind {
        case "NOTE": return "참고"
        case "TIP": return "팁"
        case "IMPORTANT": return "중요"
        case "WARNING": return "경고"
        case "CAUTION": return "주의"
        default: return kind
        }
    }
}
