import Foundation

/// The REPL's part of `bench`: from a new session to the first prompt, for a learner who comes
/// back (progress read, the course loaded, "welcome back" said, completion vocabulary built).
///
/// Process start (loading the binary and the Swift runtime) is not included: time the whole
/// process with `tmux` or `script` for that.
enum REPLBench {
    /// A line editor that stops the clock at the first prompt and ends the loop.
    final class FirstPrompt: LineEditor {
        let clock = ContinuousClock()
        var reached: ContinuousClock.Instant?
        var completer = Completer(vocabulary: .init())

        func readLine(prompt: String) -> LineEvent {
            reached = reached ?? clock.now
            return .endOfInput
        }

        func remember(_ line: String) {}
    }

    static func figures(_ session: Session) -> [(String, Double, String)] {
        let editor = FirstPrompt()
        let start = editor.clock.now
        let learner = Session(
            language: session.language, console: Console(sink: .capture, width: session.console.width),
            mode: .interactive, environment: session.environment)
        learner.progress.markRead("2.1")
        _ = REPL(session: learner, editor: editor).run()
        let elapsed = (editor.reached ?? editor.clock.now) - start
        let milliseconds = Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
        return [("repl_start_to_prompt_ms", milliseconds, "ms")]
    }
}
