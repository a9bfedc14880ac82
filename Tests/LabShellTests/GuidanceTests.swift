import Experiments
import Foundation
import LabText
import Terminal
import Testing

@testable import LabShell

/// A learner is told where they are and what comes next.
@Suite struct GuidanceTests {
    @Test("A learner who comes back is greeted with the section they reached and the next one to read")
    func welcomeBack() {
        for language in [Language.en, .ko] {
            let session = makeSession(language: language, mode: .interactive)
            session.progress.markRead("0")
            session.progress.markRead("1.1")
            let editor = ScriptedLineEditor([.endOfInput])
            _ = REPL(session: session, editor: editor).run()
            let output = session.console.capturedOutput.replacingOccurrences(of: "\n", with: " ")
            #expect(
                output.contains(language == .en ? "Welcome back. You were at 1.1" : "다시 오셨군요. 지난번에는 1.1절 「"),
                "\(output)")
            #expect(output.contains(language == .en ? "type 'read 0.1'" : "이어 읽으려면 read 0.1"), "\(output)")
        }
    }

    @Test("A first visit has no welcome back, and the welcome fits 40 columns")
    func firstVisit() {
        let session = makeSession(mode: .interactive)
        session.console.width = 40
        _ = REPL(session: session, editor: ScriptedLineEditor([.endOfInput])).run()
        #expect(!session.console.capturedOutput.contains("Welcome back"))
        #expect(session.console.capturedOutput.split(separator: "\n").allSatisfy { $0.count <= 40 })
    }

    @Test(
        "toc wraps long titles at words within the width, in Korean too (Hangul counts 2 columns)", arguments: [40, 60])
    func tocFits(width: Int) throws {
        let session = makeSession(language: .ko)
        session.console.width = width
        try Interpreter.execute("toc", in: session)
        let lines = session.console.capturedOutput.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(lines)")
        #expect(lines.contains { $0.hasSuffix("속성은?") }, "a title's last word stays whole")
    }

    @Test("Reading a chapter counts its subsections, and next goes on past them")
    func chapter() throws {
        let session = makeSession()
        try Interpreter.execute("read 0", in: session)
        let subsections = try session.course().sections.map(\.number).filter { $0.hasPrefix("0.") }
        #expect(!subsections.isEmpty)
        #expect(Set(subsections).isSubset(of: Set(session.progress.sectionsRead)))
        try Interpreter.execute("next", in: session)
        #expect(session.currentSection == "1")
    }

    @Test("A section ends with a next: line naming the section after it")
    func nextLine() throws {
        let session = makeSession(language: .ko)
        try Interpreter.execute("read 2.1", in: session)
        #expect(session.console.capturedOutput.contains("다음: 2.2절 "))
        try Interpreter.execute("next", in: session)
        #expect(session.currentSection == "2.2")
    }
}

/// `set width` and `set color` follow the terminal again with `auto`.
@Suite struct SettingsTests {
    @Test("set width auto undoes a fixed width; a bad width names the range and auto")
    func widthAuto() throws {
        let session = makeSession()
        try Interpreter.execute("set width 40", in: session)
        #expect(session.console.width == 40 && session.console.widthIsFixed)
        try Interpreter.execute("set width auto", in: session)
        #expect(session.console.width == 80 && !session.console.widthIsFixed)
        #expect(throws: LabError.self) { try Interpreter.execute("set width 20", in: session) }
    }

    @Test("set color takes on, off and auto; auto is off without a terminal")
    func colorChoices() throws {
        let session = makeSession()
        try Interpreter.execute("set color on", in: session)
        #expect(session.console.colorEnabled)
        try Interpreter.execute("set color auto", in: session)
        #expect(!session.console.colorEnabled)
        #expect(ColorChoice(argument: "NEVER") == .never && ColorChoice(argument: "sometimes") == nil)
        #expect(ColorChoice.auto.isEnabled(outputIsTerminal: true, variables: ["TERM": "dumb"]) == false)
        #expect(ColorChoice.auto.isEnabled(outputIsTerminal: true, variables: ["TERM": "xterm"]))
    }

    @Test("Without Unicode the console writes only ASCII, in output and errors")
    func asciiConsole() {
        let console = Console(sink: .capture, unicodeEnabled: false)
        console.print("p99 ≈ 2× — ρ")
        console.printError("오류: λ")
        #expect(console.capturedOutput == "p99 ~ 2x -- rho\n")
        #expect((console.capturedOutput + console.capturedErrors).utf8.allSatisfy { $0 < 0x80 })
    }
}

/// One conversion from any error to what the learner reads.
@Suite struct ErrorPathTests {
    struct Odd: Error, CustomStringConvertible { var description: String { "odd thing" } }

    @Test("A LabError passes as it is, a user-facing error converts with its hint, anything else by its description")
    func conversion() {
        let usage = LabError.usage("bad", hint: "fix it")
        #expect(LabError(converting: usage, language: .en) == usage)
        #expect(
            LabError(converting: ParameterError.duplicate(name: "rate"), language: .en)
                == LabError(ParameterError.duplicate(name: "rate"), language: .en))
        let other = LabError(converting: Odd(), language: .en)
        #expect(other.message == "odd thing" && other.hint == nil && other.status == .failure)
    }
}

/// `compare` says what moved, in one notation.
@Suite struct CompareReadingTests {
    @Test("compare names the metrics that moved beyond their intervals, with signed percentages")
    func reading() throws {
        let session = makeSession()
        try Interpreter.execute("run load rate=3000 requests=50000", in: session)
        try Interpreter.execute("run load rate=3600 requests=50000", in: session)
        try Interpreter.execute("compare", in: session)
        let output = session.console.capturedOutput.split(separator: "\n").drop { !$0.hasPrefix("A: load") }
        #expect(output.contains { $0.hasPrefix("• ") && $0.contains(" rose ") })
        #expect(!output.contains { $0.contains("×") })
        #expect(output.contains { $0.contains("+20%") })
    }
}
