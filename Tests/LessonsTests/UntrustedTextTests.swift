import Testing

@testable import Lessons

@Suite("Untrusted text")
struct UntrustedTextTests {
    @Test(
        "terminal escapes, C1 and bidi controls become visible; CR is dropped",
        arguments: [
            ("\u{1B}[31mred\u{1B}[0m", #"\u{1B}[31mred\u{1B}[0m"#),
            ("\u{1B}]8;;http://x\u{07}link", #"\u{1B}]8;;http://x\u{07}link"#),
            ("a\u{9B}2Jb", #"a\u{9B}2Jb"#),
            ("\u{202E}cod.exe", #"\u{202E}cod.exe"#),
            ("x\u{2067}y\u{200F}", #"x\u{2067}y\u{200F}"#),
            ("line\r\nnext\tcol", "line next col"),
            ("del\u{7F}", #"del\u{7F}"#),
            ("김민준", "김민준")
        ])
    func oneLine(input: String, output: String) {
        #expect(UntrustedText.oneLine(input) == output)
    }

    @Test("multi-line text keeps newlines and tabs and drops CR")
    func multiLine() {
        #expect(UntrustedText.multiLine("a\r\nb\tc\u{1B}") == "a\nb\tc\\u{1B}")
    }

    @Test("long fields are capped")
    func capped() {
        #expect(UntrustedText.oneLine(String(repeating: "가", count: 500)).count == UntrustedText.oneLineLimit)
    }

    @Test(
        "file names from learner names are safe",
        arguments: [
            ("Ada Lovelace", "Ada_Lovelace"), ("../../etc/passwd", "etc_passwd"), ("..", "learner-3"),
            ("김민준", "learner-3"),
            ("-rf", "rf"), ("=cmd|' /C calc'!A0", "cmd_C_calc_A0"), (".hidden", "hidden")
        ])
    func fileNames(name: String, stem: String) {
        #expect(SafeFileName.stem(for: name, sequence: 3) == stem)
    }

    @Test(
        "CSV cells that would start a formula are neutralised and quoted when needed",
        arguments: [
            ("=1+1", "'=1+1"), ("+x", "'+x"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
            ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("plain", "plain")
        ])
    func csvField(input: String, output: String) {
        #expect(CSVReport.field(text: input) == output)
    }

    @Test("XML text is escaped and forbidden characters dropped")
    func xml() {
        #expect(JUnitReport.xml("<a href='x'>&\"\u{0}\u{FFFF}ok") == "&lt;a href=&apos;x&apos;&gt;&amp;&quot;ok")
    }

    @Test(
        "Only text without controls counts as inert, whatever script it is in",
        arguments: [
            ("plain text", true), ("한글 — 표\tand\nlines", true), ("\u{1B}[2J", false), ("a\u{9B}b", false),
            ("\u{202E}gnp.exe", false), ("x\u{2028}y", false), ("\r", false), ("\u{7F}", false), ("é ü ñ €", true)
        ])
    func inert(text: String, expected: Bool) {
        #expect(UntrustedText.isInert(text) == expected)
        #expect((UntrustedText.defused(text) == text) == expected)
        #expect((UntrustedText.rewritten(text, keepLines: true) == text) == expected)
    }

    @Test("the byte check of inert text agrees with defusing for every character up to U+2FFF")
    func inertEveryScalar() {
        let disagreeing = (0..<0x3000).compactMap(Unicode.Scalar.init).filter { scalar in
            let text = "a\(scalar)→b"
            return UntrustedText.isInert(text) != (UntrustedText.rewritten(text, keepLines: true) == text)
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.map(\.value))")
    }
}
