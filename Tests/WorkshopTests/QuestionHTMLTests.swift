import Foundation
import Lessons
import Testing

@testable import Workshop

@Suite struct QuestionHTMLTests {
    @Test("allowed tags keep no attribute, other tags are shown escaped, comments go, open tags are closed")
    func allowList() {
        #expect(
            QuestionHTML.sanitize("<B onclick=\"x()\">hi</B><img src=x onerror=alert(1)>")
                == "<b>hi</b>&lt;img src=x onerror=alert(1)&gt;")
        #expect(
            QuestionHTML.sanitize("<script>alert(1)</script><p>x<!-- <script> -->")
                == "&lt;script&gt;alert(1)&lt;/script&gt;<p>x</p>")
        #expect(QuestionHTML.sanitize("<ul><li>a<li>b</ul></div></li>") == "<ul><li>a<li>b</li></li></ul>")
        #expect(
            QuestionHTML.sanitize("<a href=\"javascript:alert(1)\">go</a>")
                == "&lt;a href=&quot;javascript:alert(1)&quot;&gt;go&lt;/a&gt;")
    }

    @Test("hostile HTML never yields a tag with an attribute, an event handler or a script element")
    func hostile() {
        let attacks = [
            "<svg/onload=alert(1)>", "<p title='>'><b>x</b>", "<<script>script>alert(1)<</script>/script>",
            "<p\n onmouseover=alert(1)>x</p>", "<iframe srcdoc=\"<script>x</script>\">", "<style>*{}</style>",
            "<b>unclosed <i>nest", "</p></pre></table>x", "<p/onclick=x>", "<math><mi xlink:href=javascript:1>",
            "<p>\u{1B}]52;c;ZXZpbA==\u{07}\u{202E}</p>", "&#x3C;script&#x3E;", "&#0;&#x202e;&bogus;&",
            "<ScRiPt src=//evil>", "<img src=x onerror=\"alert('<b>')\">"
        ]
        for attack in attacks {
            let safe = QuestionHTML.sanitize(attack)
            for match in safe.matches(of: /<\/?([a-z0-9]+)([^>]*)>/) {
                #expect(QuestionHTML.allowed.contains(String(match.1)), "\(attack) -> \(safe)")
                #expect(match.2.isEmpty, "an attribute survived: \(attack) -> \(safe)")
            }
            #expect(!safe.contains("<script") && !safe.contains("\u{1B}") && !safe.contains("\u{202E}"), "\(safe)")
        }
        #expect(QuestionHTML.sanitize("&#x3C;b&#x3E; &amp; &#0; &x") == "&#x3C;b&#x3E; &amp; &amp;#0; &amp;x")
    }

    @Test("Markdown question text becomes escaped HTML: emphasis, code, lists, no raw HTML and no links")
    func markdown() {
        #expect(
            QuestionHTML.page(
                "Pick **one**:\n\n- `a<b`\n- *c*\n\n<img src=x onerror=y> [go](javascript:x)", format: .markdown)
                == "<p>Pick <strong>one</strong>:</p><ul><li><code>a&lt;b</code></li><li><em>c</em></li></ul>"
                + "<p>&lt;img src=x onerror=y&gt; go</p>")
        #expect(QuestionHTML.page("a <b> & c", format: .moodle) == "a &lt;b&gt; &amp; c")
    }

    @Test("HTML question text reads as Markdown in the terminal, references decoded")
    func terminal() {
        #expect(
            QuestionHTML.markdown(
                "<p>Pick <b>one</b> &amp; <code>x&lt;y</code>:</p><ul><li>first</li><li>second</li></ul>")
                == "Pick **one** & `x<y`:\n\n- first\n- second")
        #expect(QuestionHTML.markdown("<p>a<br>b</p><img src=x>") == "a\nb\n\n<img src=x>")
    }

    @Test("the paper sends safe HTML for [html] and [markdown] questions only")
    func paper() async throws {
        let harness = try WorkshopHarness(
            quiz: "::h:: [html]<p onclick=x>Which <b>one</b>?</p><script>x</script> {=a ~b}\n\n"
                + "::m:: [markdown]Pick **one** {=a ~b}\n\n::p:: Plain <b> {=a ~b}\n")
        defer { harness.remove() }
        let token = try await harness.join("Mina")
        let paper = await harness.send(.GET, "/api/quiz/week1", token: token)
        let rich = paper.json["rich"] as? [String: String]
        #expect(rich?["h"] == "<p>Which <b>one</b>?</p>&lt;script&gt;x&lt;/script&gt;")
        #expect(rich?["m"] == "<p>Pick <strong>one</strong></p>")
        #expect(rich?["p"] == nil)
    }
}
