import Foundation
import LabText
import Workshop

/// The real `scalelab workshop start` in a process of its own, read until it prints its addresses.
/// Its waits pause with `Task.sleep`, holding no thread of the task pool (FlyingFox's timeouts need one).
final class ServerProcess: @unchecked Sendable {
    /// The executable beside the test bundle in the build folder (`swift build --build-tests` builds it).
    static let executable: String = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("scalelab").path
    }()

    let process = Process()
    private let output = Pipe()
    private let lock = NSLock()
    private var printed = ""
    /// `http://127.0.0.1:PORT`, the join code and the dashboard token, from what the server printed.
    private(set) var base = ""
    private(set) var code = ""
    private(set) var token = ""

    /// Starts `workshop start` with `arguments` (state and home in `folder`) and waits until it listens.
    init(_ arguments: [String], folder: String) async throws {
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["workshop", "start"] + arguments + ["--port", "0"]
        process.environment = [
            "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": folder, "XDG_STATE_HOME": folder + "/state"
        ]
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            // NB: at the end of output the handler would be called again and again with nothing.
            if data.isEmpty { handle.readabilityHandler = nil }
            self?.lock.withLock { self?.printed += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
        try await waitForAddresses()
    }

    /// Everything the server printed so far.
    var text: String { lock.withLock { printed } }

    private func waitForAddresses() async throws {
        for _ in 0..<600 {
            let text = text
            if let join = text.firstMatch(of: /join at: (http:\/\/[0-9.]+:[0-9]+)\/\?code=([A-Z0-9]+)/),
                let secret = text.firstMatch(of: /dashboard#([0-9a-f]+)/)
            {
                (base, code, token) = (String(join.1), String(join.2), String(secret.1))
                return
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        await killAndWait()
        throw WorkshopError(Localized(verbatim: "workshop start did not come up; it printed: \(text)"))
    }

    /// Sends SIGKILL; the process is gone moments later.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// Sends SIGKILL and waits until the process is gone.
    func killAndWait() async {
        kill()
        for _ in 0..<100 where process.isRunning { try? await Task.sleep(for: .milliseconds(50)) }
        output.fileHandleForReading.readabilityHandler = nil
    }
}
