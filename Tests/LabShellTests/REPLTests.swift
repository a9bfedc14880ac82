import Testing

@testable import LabShell

/// A line editor that replays events, for testing the loop without a terminal.
final class ScriptedLineEditor: LineEditor {
    var events: [LineEvent]
    var prompts: [String] = []
    var remembered: [String] = []
    var completer = Completer(vocabulary: .init())

    init(_ events: [LineEvent]) { self.events = events }

    func readLine(prompt: String) -> LineEvent {
        prompts.append(prompt)
        return events.isEmpty ? .endOfInput : events.removeFirst()
    }

    func remember(_ line: String) { remembered.append(line) }
}

@Suite struct REPLTests {
    @Test("Errors, Ctrl-C and blank lines never end the loop; Ctrl-D ends it with status 0")
    func survivesErrors() {
        let session = makeSession(mode: .interactive)
        let editor = ScriptedLineEditor([.line("nope"), .interrupted, .line("   "), .line("echo 한글"), .endOfInput])
        #expect(REPL(session: session, editor: editor).run() == 0)
        #expect(session.console.capturedOutput.hasSuffix("한글\n"))
        #expect(session.console.capturedErrors.contains("error: unknown command 'nope'"))
        #expect(editor.remembered == ["nope", "echo 한글"])
        #expect(editor.prompts.count == 5)
    }

    @Test("quit leaves the loop without reading further")
    func quit() {
        let session = makeSession(mode: .interactive)
        let editor = ScriptedLineEditor([.line("quit"), .line("echo never")])
        #expect(REPL(session: session, editor: editor).run() == 0)
        #expect(!session.console.capturedOutput.contains("never"))
    }

    @Test("The prompt shows the current section")
    func prompt() {
        let session = makeSession()
        #expect(session.prompt == "scalelab> ")
        session.currentSection = "2.2"
        #expect(session.prompt == "scalelab 2.2> ")
    }
}
