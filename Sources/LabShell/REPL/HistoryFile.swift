import CEditLine
import Foundation

/// Where the REPL keeps its history, and how it is saved without losing another session's lines.
package struct HistoryFile {
    /// The file, or nil when history is turned off.
    package let path: String?
    /// Most lines kept.
    package static let capacity: Int32 = 1000

    /// A history kept in `path`, or none when nil.
    package init(path: String?) {
        self.path = path
    }

    /// `$SCALELAB_HISTORY` (`/dev/null` turns history off), else `history` in the state folder.
    package init(environment: ShellEnvironment) {
        let override = environment.variables["SCALELAB_HISTORY"]
        switch override {
        case "/dev/null": path = nil
        case .some(let file) where !file.isEmpty: path = file
        default: path = environment.statePath + "/history"
        }
    }

    /// Loads the saved lines into `history`; a missing file is fine.
    func load(into history: OpaquePointer) {
        guard let path else { return }
        var event = HistEventW()
        _ = lab_history_load(history, &event, path)
    }

    /// Saves: the lines on disk now, then this session's new `lines`, written to a temporary file
    /// and renamed over the old one. Returns a warning instead of failing.
    func save(newLines lines: [String]) -> String? {
        guard let path, !lines.isEmpty else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return "warning: cannot create \(folder) for the history: \(error.localizedDescription)"
        }
        guard let merged = history_winit() else { return "warning: cannot save the history" }
        defer { history_wend(merged) }
        var event = HistEventW()
        _ = lab_history_setsize(merged, &event, Self.capacity)
        _ = lab_history_setunique(merged, &event, 1)
        _ = lab_history_load(merged, &event, path)
        for line in lines {
            var wide = WideString.make(line)
            _ = lab_history_enter(merged, &event, &wide)
        }
        let temporary = path + ".tmp-\(getpid())"
        guard lab_history_save(merged, &event, temporary) >= 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            return "warning: cannot write the history to \(path)"
        }
        return nil
    }
}
