import Foundation
import Terminal

/// Shows long text a screen at a time through `$PAGER` (default `less -R -F -X`) on a terminal.
enum Pager {
    /// Whether `text` is taller than the terminal on standard output.
    static func isTallerThanScreen(_ text: String) -> Bool {
        guard let rows = TerminalSize.rows() else { return false }
        return text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } >= rows - 1
    }

    /// Pipes `text` into the pager; returns false when no pager could be started.
    ///
    /// NB: `popen`, not Foundation's `Process`: on Linux `Process` starts the child in a new
    /// session, so `less` cannot read keys from the terminal and quits after one screen.
    static func show(_ text: String, environment: [String: String]) -> Bool {
        let command = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -R -F -X"
        setenv("LESSCHARSET", environment["LESSCHARSET"] ?? "utf-8", 1)
        guard let pipe = popen(command, "w") else { return false }
        let previous = signal(SIGPIPE, SIG_IGN)
        fputs(text, pipe)
        let status = pclose(pipe)
        signal(SIGPIPE, previous)
        return status != -1 && (status >> 8) & 0xFF != 127
    }
}
