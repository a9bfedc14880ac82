import Foundation

/// Runs the built `scalelab` executable and collects what it printed.
struct ScalelabProcess {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The executable beside the test bundle in the build folder.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("scalelab")
    }()

    /// The repository root (for `lessons/`).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs scalelab (or `program`, which runs it) with `arguments`, feeding `input` on standard input, in a fixed environment:
    /// English, UTF-8, no colour, 80 columns, history and progress in a fresh temporary folder.
    /// It holds no thread of the task pool while the process runs or waits for a `ProcessSlots` slot.
    static func run(
        _ arguments: [String], input: String = "", environment extra: [String: String] = [:],
        executable program: URL = executable
    ) async throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = repository
        // NB: a state folder of its own unless the caller gives one, removed after the run.
        let ownState = extra["XDG_STATE_HOME"] == nil ? stateFolder() : nil
        defer { if let ownState { try? FileManager.default.removeItem(atPath: ownState) } }
        var environment = [
            "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
            "XDG_STATE_HOME": ownState ?? "", "COLUMNS": "80"
        ]
        environment.merge(extra) { $1 }
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        return try await ProcessSlots.shared.run {
            try process.run()
            let (input, writer) = (Data(input.utf8), stdin.fileHandleForWriting)
            async let written: Void = onOwnThread {
                writer.write(input)
                try? writer.close()
            }
            async let out = onOwnThread { stdout.fileHandleForReading.readDataToEndOfFile() }
            async let err = onOwnThread { stderr.fileHandleForReading.readDataToEndOfFile() }
            let (output, errors, _) = await (out, err, written)
            // NB: not `waitUntilExit`, which spins on a thread without a run loop; both pipes are closed, so it ends now.
            while process.isRunning { try await Task.sleep(for: .milliseconds(2)) }
            return Result(
                stdout: String(decoding: output, as: UTF8.self), stderr: String(decoding: errors, as: UTF8.self),
                status: process.terminationStatus)
        }
    }

    /// A new empty folder for state files.
    static func stateFolder() -> String {
        let path = NSTemporaryDirectory() + "scalelab-e2e-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
