import Testing

@testable import LabShell

@Suite struct InputBoundsTests {
    @Test("A 300,000-character command line is refused at once with the limit and a fix")
    func longLine() {
        let session = makeSession()
        let line = String(repeating: "x", count: 300_000)
        #expect(
            throws: LabError.usage(
                "the line is 300000 bytes long, more than 8192", hint: "split it into several commands")
        ) {
            try Interpreter.execute(line, in: session)
        }
    }

    @Test("A 3 MB word given as an argument is refused without a 'did you mean' search")
    func longWord() {
        let session = makeSession(language: .ko)
        let word = String(repeating: "가", count: 1_000_000)
        #expect(throws: LabError.self) { try Interpreter.execute(words: [word], in: session) }
        do { try Interpreter.execute(words: ["echo", word], in: session) } catch {
            #expect(error.message == "단어 하나가 3000000바이트로 최대 1024바이트를 넘습니다")
            #expect(error.status == .usage)
        }
    }

    @Test("'did you mean' is offered for short words only")
    func shortWordsOnly() {
        #expect(Suggestion.closest(to: "hepl", in: ["help", "toc"]) == "help")
        #expect(Suggestion.closest(to: "help" + String(repeating: "x", count: 80), in: ["help"]) == nil)
        #expect(throws: LabError.usage("알 수 없는 명령 'hepl'", hint: "'help'을(를) 찾으셨나요?")) {
            try Interpreter.execute("hepl", in: makeSession(language: .ko))
        }
    }

    @Test("Two sweep= words are a usage error that says to keep one")
    func twoSweeps() {
        let session = makeSession()
        #expect(
            throws: LabError.usage(
                "run: 2 sweep= words; a run sweeps one parameter",
                hint: "keep one, e.g. 'sweep=rate', and run again for the other")
        ) {
            try Interpreter.execute("run load sweep=rate sweep=servers", in: session)
        }
    }
}
