import Terminal
import Testing

@testable import LabShell

@Suite struct OutputBoundaryTests {
    static let hostile = [
        "\u{1B}]52;c;aGVsbG8=\u{07}", "\u{1B}[2J\u{1B}[H", "\u{9B}31m", "\u{90}q\u{9C}", "a\u{202E}b", "\u{08}\u{7F}\r"
    ]

    @Test("Escapes, C0, C1 and bidi controls become visible text; plain text, newlines and tabs stay")
    func neutralizes() {
        #expect(
            OutputBoundary.neutralized("\u{1B}]52;c;aGk=\u{07}ok", allowingStyles: false)
                == #"\u{1B}]52;c;aGk=\u{07}ok"#)
        #expect(OutputBoundary.neutralized("a\u{202E}b\u{9B}", allowingStyles: false) == #"a\u{202E}b\u{9B}"#)
        #expect(OutputBoundary.neutralized("표\tb\nc", allowingStyles: true) == "표\tb\nc")
        #expect(OutputBoundary.neutralized("a,b\r\nc\rd\r\n", allowingStyles: false) == "a,b\r\ncd\r\n")
        for text in Self.hostile {
            let safe = OutputBoundary.neutralized(text, allowingStyles: true)
            #expect(
                !safe.unicodeScalars.contains {
                    $0.value < 0x20 && $0 != "\n" && $0 != "\t" || (0x7F...0x9F).contains($0.value)
                },
                "\(safe.debugDescription)")
        }
    }

    @Test("The styler's own SGR sequences pass when styles are allowed, and only those")
    func keepsStyles() {
        let styler = Styler(enabled: true)
        let styled = styler.bold("a") + styler.color("b", .red) + styler.dim("c")
        #expect(OutputBoundary.neutralized(styled, allowingStyles: true) == styled)
        #expect(!OutputBoundary.neutralized(styled, allowingStyles: false).contains("\u{1B}"))
        #expect(OutputBoundary.neutralized("\u{1B}[1;31m\u{1B}[5m", allowingStyles: true) == #"\u{1B}[1;31m\u{1B}[5m"#)
        #expect(
            OutputBoundary.neutralized(styler.bold("\u{1B}[2J"), allowingStyles: true) == "\u{1B}[1m\\u{1B}[2J\u{1B}[0m"
        )
    }

    @Test("The console neutralises standard output and standard error")
    func console() {
        let console = Console(sink: .capture, colorEnabled: true)
        console.print("x\u{1B}]0;title\u{07}")
        console.printError(Styler(enabled: true).bold("e") + "\u{1B}[2J")
        #expect(console.capturedOutput == "x\\u{1B}]0;title\\u{07}\n")
        #expect(console.capturedErrors == "\\u{1B}[1me\\u{1B}[0m\\u{1B}[2J\n")
    }

    @Test("An escape in a script line, an echo or an unknown command never reaches the output raw")
    func scriptLines() {
        let session = makeSession()
        let source = ScriptSource(name: "evil.lab", lines: ["echo \u{1B}]52;c;eA==\u{07}", "\u{1B}[2Jnope"])
        #expect(ScriptRunner.run(source, in: session, echo: true) == 2)
        #expect(!session.console.capturedOutput.contains("\u{1B}"))
        #expect(
            session.console.capturedErrors
                == "evil.lab:2: unknown command '\\u{1B}[2Jnope' (type 'help' for the list)\n")
    }

    @Test("Long lists of diagnostics print the first 50 and a count, in the session's language")
    func cappedDiagnostics() {
        let session = makeSession(language: .ko)
        session.printErrors((1...120).map { "problem \($0)" })
        let lines = session.console.capturedErrors.split(separator: "\n")
        #expect(lines.count == 51)
        #expect(lines.first == "problem 1")
        #expect(lines.last == "... 이 밖에 70건 더 있습니다")
    }
}
