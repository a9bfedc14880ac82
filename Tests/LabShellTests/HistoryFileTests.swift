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
        let path = NSTemporaryDirectory() + "scalelab-history-\(UUID().uuidString)/history"
        let file = HistoryFile(path: path)
        #expect(file.save(newLines: ["echo 한글", "run load"]) == nil)
        #expect(file.save(newLines: ["toc", "echo 한글"]) == nil)
        #expect(HistoryFile.lines(in: path) == ["run load", "toc", "echo 한글"])
    }

    @Test("A history that cannot be written is a warning, not a failure")
    func unwritable() {
        let warning = HistoryFile(path: "/proc/nonexistent/history").save(newLines: ["x"])
        #expect(warning?.hasPrefix("warning: ") == true)
    }

    @Test("/dev/null turns history off")
    func off() {
        let environment = ShellEnvironment(variables: ["SCALELAB_HISTORY": "/dev/null"], lessonsPath: "", statePath: "/tmp")
        #expect(HistoryFile(environment: environment).path == nil)
    }
}
