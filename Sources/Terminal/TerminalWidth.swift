import Foundation

/// The width of the terminal on standard output, or 80 when it is not a terminal.
package enum TerminalWidth {
    /// Columns of the terminal on standard output; 80 when there is none (or it reports fewer than 20).
    package static func current() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        return 80
    }
}
