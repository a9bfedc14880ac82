import Foundation

/// Shows long text a screen at a time through `$PAGER` (default `less -R -F -X`) on a terminal.
enum Pager {
    /// Whether `text` is taller than the terminal on standard output.
    static func isTallerThanScreen(_ text: String) -> Bool {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return false }
        return text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } >= Int(size.ws_row) - 1
    }

    /// Pipes `text` into the pager; returns false when no pager could be started.
    static func show(_ text: String, environment: [String: String]) -> Bool {
        let command = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -R -F -X"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        var pagerEnvironment = environment
        pagerEnvironment["LESSCHARSET"] = pagerEnvironment["LESSCHARSET"] ?? "utf-8"
        process.environment = pagerEnvironment
        let input = Pipe()
        process.standardInput = input
        do { try process.run() } catch { return false }
        signal(SIGPIPE, SIG_IGN)
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus != 127
    }
}
