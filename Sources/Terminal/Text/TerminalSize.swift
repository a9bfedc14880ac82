import Foundation

/// The size of the terminal on standard output.
package enum TerminalSize {
    /// Columns of the terminal; 80 when there is none (or it reports fewer than 20).
    package static func columns() -> Int {
        guard let size = current(), size.ws_col >= 20 else { return 80 }
        return Int(size.ws_col)
    }

    /// Rows of the terminal, or nil when standard output is not one.
    package static func rows() -> Int? {
        guard let size = current(), size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    private static func current() -> winsize? {
        var size = winsize()
        return ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 ? size : nil
    }
}
