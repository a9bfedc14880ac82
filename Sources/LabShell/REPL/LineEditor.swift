/// What reading one line at the prompt produced.
package enum LineEvent: Equatable {
    case line(String)
    /// Ctrl-C: the line was abandoned.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case endOfInput
}

/// Reads lines from a person; the REPL is tested with a scripted implementation.
package protocol LineEditor: AnyObject {
    /// Shows `prompt` and reads one line.
    func readLine(prompt: String) -> LineEvent
    /// Adds a line the learner entered to the history.
    func remember(_ line: String)
    /// The completion logic Tab uses; replaced as the course vocabulary changes.
    var completer: Completer { get set }
}
