import Foundation
import Testing

/// The REPL on a real (pseudo) terminal: signals, history, two sessions, hostile typing.
@Suite(.serialized) struct ReplTerminalTests {
    static func stateFolder() -> String { ScalelabProcess.stateFolder() }

    @Test("Ctrl-C during a Ctrl-R history search cancels it and the REPL goes on; Ctrl-D leaves without echoing ^D")
    func interruptedSearch() async throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repl = try TerminalSession(environment: ["XDG_STATE_HOME": folder])
        #expect(await repl.wait(for: "scalelab> "))
        await repl.type("echo first\r")
        #expect(await repl.wait(for: "scalelab> ", count: 2))
        await repl.type("\u{12}ech")
        #expect(await repl.wait(for: "bck:e"))
        try await Task.sleep(for: .milliseconds(150))
        kill(repl.pid, SIGINT)
        #expect(await repl.wait(for: "^C"))
        #expect(await repl.wait(for: "scalelab> ", count: 3))
        await repl.type("echo alive\r")
        #expect(await repl.wait(for: "alive\r\n"))
        #expect(await repl.wait(for: "scalelab> ", count: 4))
        await repl.type("\u{04}")
        #expect(await repl.finish() == 0)
        #expect(!repl.text.contains("^D"))
    }

    @Test("Each command reaches the history file at once, so SIGHUP or SIGTERM loses none")
    func historyOnHangUp() async throws {
        for signal in [SIGHUP, SIGTERM] {
            let folder = Self.stateFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let repl = try TerminalSession(environment: ["XDG_STATE_HOME": folder])
            #expect(await repl.wait(for: "scalelab> "))
            await repl.type("echo kept\r")
            #expect(await repl.wait(for: "scalelab> ", count: 2))
            kill(repl.pid, signal)
            #expect(await repl.finish(seconds: 30) != nil)
            let history = try String(contentsOfFile: folder + "/scalelab/history", encoding: .utf8)
            #expect(history.contains(#"echo\040kept"#), "after signal \(signal): \(history)")
        }
    }

    @Test("Two REPLs on one state folder keep each other's progress")
    func twoSessions() async throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try TerminalSession(environment: ["XDG_STATE_HOME": folder])
        let second = try TerminalSession(environment: ["XDG_STATE_HOME": folder])
        #expect(await first.wait(for: "scalelab> "))
        #expect(await second.wait(for: "scalelab> "))
        await first.type("read 1.1\r")
        #expect(await first.wait(for: "scalelab 1.1> "))
        await second.type("read 2.1\r")
        #expect(await second.wait(for: "scalelab 2.1> "))
        await first.type("read 2.2\r")
        #expect(await first.wait(for: "scalelab 2.2> "))
        await first.type("\u{04}")
        await second.type("\u{04}")
        #expect(await first.finish() == 0)
        #expect(await second.finish() == 0)
        let saved = try String(contentsOfFile: folder + "/scalelab/progress.json", encoding: .utf8)
        for section in ["\"1.1\"", "\"2.1\"", "\"2.2\""] { #expect(saved.contains(section), "\(section) in \(saved)") }
    }

    @Test("A typed line, a GIFT question and a typed answer reach the terminal defused, in Korean too")
    func hostileTyping() async throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let key = folder + "/evil.gift"
        try "::q1:: Pick \u{9B}2J {=right ~wrong \u{9D}52;c;eA\u{9C}}\n".write(
            toFile: key, atomically: true, encoding: .utf8)
        for language in ["en", "ko"] {
            let repl = try TerminalSession(
                ["--lang", language], environment: ["XDG_STATE_HOME": folder, "TERM": "dumb"])
            #expect(await repl.wait(for: "scalelab> "))
            let typed = ["\u{9B}2Jnope", "\u{9D}0;x\u{9C}"]
            await repl.type(typed[0] + "\r")
            #expect(await repl.wait(for: "scalelab> ", count: 2))
            await repl.type("quiz \(key)\r")
            #expect(await repl.wait(for: "> ", count: 3))
            await repl.type(typed[1] + "\r")
            #expect(await repl.wait(for: "> ", count: 4))
            await repl.type("quit\r")
            #expect(await repl.wait(for: "scalelab> ", count: 3))
            await repl.type("\u{04}")
            #expect(await repl.finish() == 0)
            #expect(repl.text.contains("\\u{9D}52;c;eA\\u{9C}"), "the choice is shown defused")
            // NB: with TERM=dumb the terminal itself echoes the keys typed; what remains is what scalelab wrote.
            let written = typed.reduce(repl.text) { $0.replacingOccurrences(of: $1, with: "") }
            #expect(!HostileInputTests.isDangerous(written.utf8), "\(language): \(written.debugDescription)")
        }
    }

    @Test("Long pages go through $PAGER on a capable terminal, never with TERM=dumb")
    func noPagerOnDumbTerminals() async throws {
        for (terminal, paged) in [("xterm", true), ("dumb", false)] {
            let folder = Self.stateFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let pager = "sh -c 'echo THROUGH-THE-PAGER; cat'"
            let repl = try TerminalSession(environment: ["XDG_STATE_HOME": folder, "TERM": terminal, "PAGER": pager])
            #expect(await repl.wait(for: "scalelab> "))
            await repl.type("read 2.1\r")
            #expect(await repl.wait(for: "scalelab 2.1> "))
            await repl.type("\u{04}")
            #expect(await repl.finish() == 0)
            #expect(repl.text.contains("THROUGH-THE-PAGER") == paged, "TERM=\(terminal)")
        }
    }
}
