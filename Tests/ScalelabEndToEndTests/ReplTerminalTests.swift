import Foundation
import Testing

/// The REPL on a real (pseudo) terminal: signals, history, two sessions, hostile typing.
@Suite(.serialized) struct ReplTerminalTests {
    static func stateFolder() -> String { ScalelabProcess.stateFolder() }

    @Test("Ctrl-C during a Ctrl-R history search cancels it and the REPL goes on; Ctrl-D leaves without echoing ^D")
    func interruptedSearch() throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repl = try TerminalSession(environment: ["XDG_STATE_HOME": folder])
        #expect(repl.wait(for: "scalelab> "))
        repl.type("echo first\r")
        #expect(repl.wait(for: "scalelab> ", count: 2))
        repl.type("\u{12}ech")
        #expect(repl.wait(for: "bck:e"))
        usleep(150_000)
        kill(repl.pid, SIGINT)
        #expect(repl.wait(for: "^C"))
        #expect(repl.wait(for: "scalelab> ", count: 3))
        repl.type("echo alive\r")
        #expect(repl.wait(for: "alive\r\n"))
        #expect(repl.wait(for: "scalelab> ", count: 4))
        repl.type("\u{04}")
        #expect(repl.finish() == 0)
        #expect(!repl.text.contains("^D"))
    }

    @Test("Each command reaches the history file at once, so SIGHUP or SIGTERM loses none")
    func historyOnHangUp() throws {
        for signal in [SIGHUP, SIGTERM] {
            let folder = Self.stateFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let repl = try TerminalSession(environment: ["XDG_STATE_HOME": folder])
            #expect(repl.wait(for: "scalelab> "))
            repl.type("echo kept\r")
            #expect(repl.wait(for: "scalelab> ", count: 2))
            kill(repl.pid, signal)
            #expect(repl.finish(seconds: 30) != nil)
            let history = try String(contentsOfFile: folder + "/scalelab/history", encoding: .utf8)
            #expect(history.contains(#"echo\040kept"#), "after signal \(signal): \(history)")
        }
    }

    @Test("Two REPLs on one state folder keep each other's progress")
    func twoSessions() throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try TerminalSession(environment: ["XDG_STATE_HOME": folder])
        let second = try TerminalSession(environment: ["XDG_STATE_HOME": folder])
        #expect(first.wait(for: "scalelab> ") && second.wait(for: "scalelab> "))
        first.type("read 1.1\r")
        #expect(first.wait(for: "scalelab 1.1> "))
        second.type("read 2.1\r")
        #expect(second.wait(for: "scalelab 2.1> "))
        first.type("read 2.2\r")
        #expect(first.wait(for: "scalelab 2.2> "))
        first.type("\u{04}")
        second.type("\u{04}")
        #expect(first.finish() == 0 && second.finish() == 0)
        let saved = try String(contentsOfFile: folder + "/scalelab/progress.json", encoding: .utf8)
        for section in ["\"1.1\"", "\"2.1\"", "\"2.2\""] { #expect(saved.contains(section), "\(section) in \(saved)") }
    }

    @Test("A typed line, a GIFT question and a typed answer reach the terminal defused, in Korean too")
    func hostileTyping() throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let key = folder + "/evil.gift"
        try "::q1:: Pick \u{9B}2J {=right ~wrong \u{9D}52;c;eA\u{9C}}\n".write(
            toFile: key, atomically: true, encoding: .utf8)
        for language in ["en", "ko"] {
            let repl = try TerminalSession(
                ["--lang", language], environment: ["XDG_STATE_HOME": folder, "TERM": "dumb"])
            #expect(repl.wait(for: "scalelab> "))
            let typed = ["\u{9B}2Jnope", "\u{9D}0;x\u{9C}"]
            repl.type(typed[0] + "\r")
            #expect(repl.wait(for: "scalelab> ", count: 2))
            repl.type("quiz \(key)\r")
            #expect(repl.wait(for: "> ", count: 3))
            repl.type(typed[1] + "\r")
            #expect(repl.wait(for: "> ", count: 4))
            repl.type("quit\r")
            #expect(repl.wait(for: "scalelab> ", count: 3))
            repl.type("\u{04}")
            #expect(repl.finish() == 0)
            #expect(repl.text.contains("\\u{9D}52;c;eA\\u{9C}"), "the choice is shown defused")
            // NB: with TERM=dumb the terminal itself echoes the keys typed; what remains is what scalelab wrote.
            let written = typed.reduce(repl.text) { $0.replacingOccurrences(of: $1, with: "") }
            #expect(!HostileInputTests.isDangerous(written.utf8), "\(language): \(written.debugDescription)")
        }
    }

    @Test("Long pages go through $PAGER on a capable terminal, never with TERM=dumb")
    func noPagerOnDumbTerminals() throws {
        for (terminal, paged) in [("xterm", true), ("dumb", false)] {
            let folder = Self.stateFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let pager = "sh -c 'echo THROUGH-THE-PAGER; cat'"
            let repl = try TerminalSession(environment: ["XDG_STATE_HOME": folder, "TERM": terminal, "PAGER": pager])
            #expect(repl.wait(for: "scalelab> "))
            repl.type("read 2.1\r")
            #expect(repl.wait(for: "scalelab 2.1> "))
            repl.type("\u{04}")
            #expect(repl.finish() == 0)
            #expect(repl.text.contains("THROUGH-THE-PAGER") == paged, "TERM=\(terminal)")
        }
    }
}
