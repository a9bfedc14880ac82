import Foundation

/// Where the shell writes: standard output and standard error, or buffers in tests.
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
    /// Whether box drawing and braille may be used (a UTF-8 locale).
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

    /// Writes `text` as it is to standard output.
    package func write(_ text: String) {
        switch sink {
        case .standardStreams: FileHandle.standardOutput.write(Data(text.utf8))
        case .capture: capturedOutput += text
        }
    }

    /// Writes `text` and a newline to standard error.
    package func printError(_ text: String) {
        let line = text + "\n"
        switch sink {
        case .standardStreams: FileHandle.standardError.write(Data(line.utf8))
        case .capture: capturedErrors += line
        }
    }
}
