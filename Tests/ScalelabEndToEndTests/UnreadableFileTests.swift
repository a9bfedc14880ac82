import Foundation
import Testing

/// Files scalelab may not read. Root reads every file, so under root the binary runs as `nobody`
/// (through util-linux's `setpriv`), and the permission check is real either way.
@Suite struct UnreadableFileTests {
    /// The command line that runs scalelab without root's right to read anything.
    static func unprivileged(_ arguments: [String]) -> [String]? {
        guard getuid() == 0 else { return arguments }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        return ["--reuid=65534", "--regid=65534", "--clear-groups", ScalelabProcess.executable.path] + arguments
    }

    /// Runs scalelab on `arguments` as a user who cannot read a mode-000 file.
    func run(_ arguments: [String]) async throws -> ScalelabProcess.Result {
        let line = try #require(Self.unprivileged(arguments), "root without setpriv cannot drop the right to read")
        let program = getuid() == 0 ? URL(fileURLWithPath: "/usr/bin/setpriv") : ScalelabProcess.executable
        return try await ScalelabProcess.run(line, environment: ["SCALELAB_HISTORY": "/dev/null"], executable: program)
    }

    /// A folder anyone may enter, holding `name` with no permissions at all.
    func lockedFile(_ name: String, _ text: String) throws -> (folder: String, path: String) {
        let folder = ScalelabProcess.stateFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0])
        return (folder, path)
    }

    @Test("An unreadable script says permission denied and how to fix it, with exit status 2")
    func script() async throws {
        let (folder, path) = try lockedFile("locked.lab", "echo x\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try await run(["-f", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path): permission denied"), "\(result.stderr)")
        #expect(result.stderr.contains("chmod u+r"), "\(result.stderr)")
        #expect(!result.stdout.contains("x\n"))
    }

    @Test("An unreadable quiz key says permission denied instead of grading nothing")
    func key() async throws {
        let (folder, path) = try lockedFile("locked.gift", "::q:: Two? {=yes ~no}\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try await run(["grade", "--key", path, "--format", "csv", folder])
        #expect(result.status != 0)
        #expect(result.stderr.contains("permission denied"), "\(result.stderr)")
    }
}
