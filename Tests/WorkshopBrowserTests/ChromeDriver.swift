import Foundation

/// Debian's chromedriver started on a free port for one test, and stopped after it.
final class ChromeDriver: @unchecked Sendable {
    let process: Process
    let port: UInt16

    private init(process: Process, port: UInt16) {
        self.process = process
        self.port = port
    }

    static func launch(folder: String) throws -> ChromeDriver {
        let port = UInt16(20_000 + Int(getpid()) % 20_000)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chromedriver")
        process.arguments = ["--port=\(port)", "--log-path=\(folder)/chromedriver.log"]
        // NB: Chromium makes its profile folders under TMPDIR; the test's own folder takes them away with it.
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": folder]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<100 where !listening(port) { usleep(100_000) }
        return ChromeDriver(process: process, port: port)
    }

    /// Ends chromedriver (NB: not `waitUntilExit`, which spins off the main thread in async tests).
    func stop() {
        process.terminate()
        for _ in 0..<50 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    private static func listening(_ port: UInt16) -> Bool {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
