import Foundation

/// Runs scripts of lab commands: stops at the first failing line and reports `FILE:LINE: message`.
package enum ScriptRunner {
    /// Runs every line of `source`; returns the exit status (0 when every line held).
    ///
    /// With `echo`, each command line is printed after `> ` before its output, so a transcript
    /// reads like a REPL session and doubles as a golden file.
    package static func run(_ source: ScriptSource, in session: Session, echo: Bool) -> Int32 {
        guard let failure = firstFailure(of: source, in: session, echo: echo) else { return 0 }
        session.console.printError("\(source.name):\(failure.line): \(failure.error.oneLine)")
        return failure.error.status.rawValue
    }

    /// Runs `source` until a line fails; returns that line's number and error, or nil when all held.
    package static func firstFailure(of source: ScriptSource, in session: Session, echo: Bool) -> (
        line: Int, error: LabError
    )? {
        var lineNumber = 0
        while !session.quitRequested, let line = source.next() {
            lineNumber += 1
            if echo, isCommand(line) { session.console.print("> " + line.trimmingCharacters(in: .whitespaces)) }
            do {
                try Interpreter.execute(line, in: session)
            } catch {
                return (lineNumber, error)
            }
        }
        return nil
    }

    /// Runs several scripts in order; stops at the first that fails.
    package static func run(_ sources: [ScriptSource], in session: Session, echo: Bool) -> Int32 {
        for source in sources {
            let status = run(source, in: session, echo: echo)
            if status != 0 || session.quitRequested { return status }
        }
        return 0
    }

    static func isCommand(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && !trimmed.hasPrefix("#")
    }
}
