import Foundation

/// Debian's chromedriver started on a free port for one test, and stopped after it.
final class ChromeDriver: @unchecked Sendable {
    let process: Process
    let port: UInt16

    private init(process: Process, port: UInt16) {
        self.process = process
        self.port = port
    }

    /// Runs `body` with a chromedriver started for it in `folder`, and stops the driver however `body` ends.
    static func with<Value>(folder: String, _ body: (ChromeDriver) async throws -> Value) async throws -> Value {
        let driver = try await launch(folder: folder)
        do {
            let value = try await body(driver)
            await driver.stop()
            return value
        } catch {
            await driver.stop()
            throw error
        }
    }

    private static func launch(folder: String) async throws -> ChromeDriver {
        let port = UInt16(20_000 + Int(getpid()) % 20_000)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chromedriver")
        process.arguments = ["--port=\(port)", "--log-path=\(folder)/chromedriver.log"]
        // NB: Chromium makes its profile folders under TMPDIR; the test's own folder takes them away with it.
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": folder]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<100 where !listening(port) { try await Task.sleep(for: .milliseconds(100)) }
        return ChromeDriver(process: process, port: port)
    }

    /// Ends chromedriver (NB: not `waitUntilExit`, which spins off the main thread in async tests).
    private func stop() async {
        process.terminate()
        for _ in 0..<50 where process.isRunning { try? await Task.sleep(for: .milliseconds(100)) }
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
