import Foundation
import Terminal

/// Where the shell writes: standard output and standard error, or buffers in tests.
///
/// The only writer of both streams: everything passes `OutputBoundary`, so no escape sequence
/// from a file, a sheet, an answer, an argument or the environment reaches the terminal.
package final class Console {
    /// How text leaves the console.
    package enum Sink {
        case standardStreams
        case capture
    }

    package private(set) var capturedOutput = ""
    package private(set) var capturedErrors = ""
    private let sink: Sink
    /// Columns to lay text out in.
    package var width: Int
    /// Set by `set width`: the REPL then stops following window resizes.
    package var widthIsFixed = false
    /// Whether ANSI styles may be written to standard output.
    package var colorEnabled: Bool
    /// Whether anything but ASCII may be written (a UTF-8 locale and a terminal that is not `dumb`);
    /// without it, boxes use ASCII glyphs and the rest passes `ASCIIFallback`.
    package var unicodeEnabled: Bool

    package init(sink: Sink, width: Int = 80, colorEnabled: Bool = false, unicodeEnabled: Bool = true) {
        self.sink = sink
        self.width = width
        self.colorEnabled = colorEnabled
        self.unicodeEnabled = unicodeEnabled
    }

    /// Writes `text` and a newline to standard output.
    package func print(_ text: String = "") {
        write(text + "\n")
    }

    /// Writes `text` to standard output, neutralised.
    package func write(_ text: String) {
        let safe = neutralized(text)
        switch sink {
        case .standardStreams: FileHandle.standardOutput.write(Data(safe.utf8))
        case .capture: capturedOutput += safe
        }
    }

    /// Writes `text` and a newline to standard error, neutralised (never styled).
    package func printError(_ text: String) {
        let line = plain(OutputBoundary.neutralized(text, allowingStyles: false)) + "\n"
        switch sink {
        case .standardStreams: FileHandle.standardError.write(Data(line.utf8))
        case .capture: capturedErrors += line
        }
    }

    /// `text` as this console lets it reach a terminal (for the pager and the line editor too).
    package func neutralized(_ text: String) -> String {
        plain(OutputBoundary.neutralized(text, allowingStyles: colorEnabled))
    }

    private func plain(_ text: String) -> String {
        unicodeEnabled ? text : ASCIIFallback.text(text)
    }
}
