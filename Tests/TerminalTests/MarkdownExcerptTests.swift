import Testing

@testable import Terminal

/// Search hits: the block that holds the phrase, rendered, wrapped at words and highlighted.
@Suite struct MarkdownExcerptTests {
    static func excerpt(width: Int, color: Bool = false) -> MarkdownExcerpt {
        MarkdownExcerpt(
            style: RenderStyle(glyphs: .unicode, styler: Styler(enabled: color), width: width),
            diagramLabel: "[diagram]")
    }

    static let lesson = """
        ## 2.1 Web tier

        A **load balancer** spreads requests over `stateless` servers, so any of them can answer
        any request and one that dies takes no session with it.

        ```mermaid
        flowchart LR
            U[Users] --> LB[Load balancer]
            LB --> W1("Web server 1")
        ```

        | tier | scales by |
        |:---|:---|
        | web | adding servers |
        """

    @Test("A paragraph is rendered without its markers and wrapped at words to the width")
    func paragraph() {
        let lines = Self.excerpt(width: 30).render(Self.lesson, phrase: "load balancer")
        #expect(lines == ["A load balancer spreads", "requests over `stateless`", "servers, so any of them can…"])
        #expect(lines?.allSatisfy { DisplayWidth.of($0) <= 30 } == true)
    }

    @Test("A match in a diagram is one [diagram] line with the node labels, and a table row its cells")
    func diagramAndTable() {
        #expect(Self.excerpt(width: 60).render(Self.lesson, phrase: "web server") == ["[diagram] Web server 1"])
        #expect(Self.excerpt(width: 60).render(Self.lesson, phrase: "adding") == ["web · adding servers"])
        #expect(Self.excerpt(width: 60).render(Self.lesson, phrase: "LB") == ["[diagram] Users, Load balancer"])
        #expect(Self.excerpt(width: 60).render(Self.lesson, phrase: "nowhere") == nil)
    }

    @Test("With colour every match is in reverse video, whatever its case; Hangul matches too")
    func highlight() {
        let lines = Self.excerpt(width: 80, color: true).render("Cache and cache again.", phrase: "CACHE")
        #expect(lines == ["\u{1B}[7mCache\u{1B}[0m and \u{1B}[7mcache\u{1B}[0m again."])
        let korean = Self.excerpt(width: 80, color: true).render("로드 밸런서가 요청을 나눕니다.", phrase: "밸런서")
        #expect(korean == ["로드 \u{1B}[7m밸런서\u{1B}[0m가 요청을 나눕니다."])
    }

    @Test("A long paragraph shows the lines around its match, with ellipses where it was cut")
    func window() {
        let text = (1...30).map { "word\($0)" }.joined(separator: " ")
        let lines = Self.excerpt(width: 20).render(text, phrase: "word20") ?? []
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("…") == true && lines.last?.hasSuffix("…") == true)
        #expect(lines.contains { $0.contains("word20") })
    }
}
