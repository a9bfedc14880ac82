import Foundation
import Testing

@testable import LabShell

@Suite struct HistoryFileTests {
    @Test("Each line is kept once, where it was last used")
    func deduplication() {
        #expect(HistoryFile.deduplicated(["a", "b", "a", "c", "b"]) == ["a", "c", "b"])
    }

    @Test("Saving merges with the lines already on disk, across sessions, Korean intact")
    func mergeAcrossSessions() throws {
        _ = LocaleSetup.prepare()  // libedit converts wide characters through the C locale, as the app sets it up
        let folder = NSTemporaryDirectory() + "scalelab-history-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/history"
        let file = HistoryFile(path: path)
        #expect(file.save(newLines: ["echo 한글", "run load"]) == nil)
        #expect(file.save(newLines: ["toc", "echo 한글"]) == nil)
        #expect(HistoryFile.lines(in: path) == ["run load", "toc", "echo 한글"])
    }

    @Test("A history that cannot be written is a warning, not a failure")
    func unwritable() {
        let warning = HistoryFile(path: "/proc/nonexistent/history").save(newLines: ["x"])
        #expect(warning?.en.hasPrefix("warning: history not saved: ") == true)
        #expect(warning?.ko.hasPrefix("경고: 명령 기록을 저장하지 못했습니다: ") == true)
    }

    @Test("/dev/null turns history off")
    func off() {
        let environment = ShellEnvironment(
            variables: ["SCALELAB_HISTORY": "/dev/null"], lessonsPath: "", statePath: "/tmp")
        #expect(HistoryFile(environment: environment).path == nil)
    }
}

@Suite struct HistoryFileSafetyTests {
    @Test("A history file libedit cannot read is set aside and said once, never replaced")
    func foreignFile() throws {
        let folder = NSTemporaryDirectory() + "scalelab-history-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/history"
        try "my own notes\n".write(toFile: path, atomically: false, encoding: .utf8)
        var file = HistoryFile(path: path)
        #expect(
            file.check()?.en
                == "\(path): unreadable (not a libedit history file); kept as \(path).corrupt-1 and started afresh")
        #expect(try String(contentsOfFile: path + ".corrupt-1", encoding: .utf8) == "my own notes\n")
        #expect(file.check() == nil)
    }

    @Test("Saving refuses to replace a file that stopped being a libedit history")
    func replacedMeanwhile() throws {
        let folder = NSTemporaryDirectory() + "scalelab-history-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/history"
        try "not history\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(HistoryFile(path: path).save(newLines: ["toc"])?.en.contains("left as it is") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not history\n")
    }

    @Test("Temporaries left by a killed save are removed at start; a live writer's are kept")
    func staleTemporaries() throws {
        let folder = NSTemporaryDirectory() + "scalelab-history-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let dead = folder + "/history.tmp-999999999"
        let live = folder + "/history.tmp-\(getpid())"
        for path in [dead, live] { _ = FileManager.default.createFile(atPath: path, contents: Data()) }
        var file = HistoryFile(path: folder + "/history")
        #expect(file.check() == nil)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live))
    }
}
