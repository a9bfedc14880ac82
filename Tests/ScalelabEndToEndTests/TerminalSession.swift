import Foundation

/// Runs the built `scalelab` on a pseudo-terminal, so the REPL door (libedit, history, progress)
/// is tested as a person meets it: type, wait for text, send signals, read the screen bytes.
/// Its waits pause with `Task.sleep` between looks, holding no thread of the task pool.
final class TerminalSession {
    let process = Process()
    private let master: Int32
    private(set) var output = Data()

    /// Starts scalelab with `arguments` in `environment` (merged over a fixed English UTF-8 one).
    init(_ arguments: [String] = [], environment extra: [String: String]) throws {
        // NB: Glibc's Swift module hides posix_openpt/unlockpt/ptsname; these are their Linux ioctls.
        let getNumber: UInt = 0x8004_5430
        let setLock: UInt = 0x4004_5431  // TIOCGPTN, TIOCSPTLCK
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlocked: CInt = 0
        var number: CInt = 0
        guard master >= 0, ioctl(master, setLock, &unlocked) == 0, ioctl(master, getNumber, &number) == 0 else {
            throw POSIXError(.ENODEV)
        }
        var size = winsize(ws_row: 30, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let terminal = try FileHandle(forUpdating: URL(fileURLWithPath: "/dev/pts/\(number)"))
        // NB: through setsid, so scalelab leads its own process group as under a shell with job
        // control: libedit re-sends a caught signal to its group (kill(0, ...)).
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["-w", ScalelabProcess.executable.path] + arguments
        process.currentDirectoryURL = ScalelabProcess.repository
        var environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "TERM": "xterm", "PAGER": "cat"]
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        try terminal.close()
    }

    /// The scalelab process (setsid's child once it has started it, else setsid itself).
    var pid: pid_t {
        let children =
            (try? String(
                contentsOfFile: "/proc/\(process.processIdentifier)/task/\(process.processIdentifier)/children",
                encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { pid_t($0) } ?? process.processIdentifier
    }

    deinit {
        // NB: not `waitUntilExit`, which spins on a thread without a run loop; a SIGKILL ends it anyway.
        if process.isRunning { kill(pid, SIGKILL) }
        close(master)
    }

    /// The output so far as text.
    var text: String { String(decoding: output, as: UTF8.self) }

    /// Types `keys` (use "\r" for Enter, "\u{04}" for Ctrl-D, "\u{12}" for Ctrl-R) once libedit
    /// reads keys itself, or after `seconds`. It prints its prompt before it switches the terminal
    /// to raw mode, and keys typed in between are cooked by the terminal: a Ctrl-D there reaches
    /// libedit as a NUL, and the REPL never leaves. (A fixed pause after the prompt was not enough
    /// on a loaded machine.)
    func type(_ keys: String, seconds: Double = 10) async {
        let deadline = Date().addingTimeInterval(seconds)
        while isCooked, Date() < deadline { try? await Task.sleep(for: .milliseconds(1)) }
        _ = keys.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    /// Whether the terminal still takes whole lines (ICANON): the settings are the pair's, so the
    /// master sees the raw mode libedit sets on its side.
    private var isCooked: Bool {
        var settings = termios()
        return tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) != 0
    }

    /// Reads until `text` has appeared `count` times in all output, or `seconds` pass; returns whether it did.
    @discardableResult
    func wait(for text: String, count: Int = 1, seconds: Double = 10) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while occurrences(of: text) < count {
            // NB: the clock is read before the look: a wait resumed late (the pool busy) still reads what came in time.
            let late = Date() >= deadline
            guard await readAvailable(), !late else { return occurrences(of: text) >= count }
        }
        return true
    }

    /// Waits for the process to end (reading what it still prints) and returns its status.
    func finish(seconds: Double = 10) async -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { _ = await readAvailable() }
        guard !process.isRunning else { return nil }
        while await readAvailable() {}
        return process.terminationStatus
    }

    private func occurrences(of text: String) -> Int {
        self.text.components(separatedBy: text).count - 1
    }

    /// Reads all that is ready, or pauses 10 ms when nothing is; false at end of output (the terminal closed) or an error.
    private func readAvailable() async -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var readSome = false
        while true {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 0)
            guard ready >= 0 else { return false }
            if ready == 0 { break }
            guard poller.revents & Int16(POLLIN) != 0 else { return false }
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return false }
            output.append(contentsOf: buffer[0..<count])
            readSome = true
        }
        if !readSome { try? await Task.sleep(for: .milliseconds(10)) }
        return true
    }
}
