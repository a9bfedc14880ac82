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
        let kept = Self.deduplicated(Self.lines(in: path) + lines).suffix(Int(Self.capacity))
        guard let merged = history_winit() else { return "warning: cannot save the history" }
        defer { history_wend(merged) }
        var event = HistEventW()
        _ = lab_history_setsize(merged, &event, Self.capacity)
        for line in kept {
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

    /// The lines saved in a history file, oldest first, decoded by libedit.
    static func lines(in path: String) -> [String] {
        guard let history = history_winit() else { return [] }
        defer { history_wend(history) }
        var event = HistEventW()
        _ = lab_history_setsize(history, &event, capacity)
        guard lab_history_load(history, &event, path) >= 0 else { return [] }
        var lines: [String] = []
        var status = lab_history_last(history, &event)
        while status >= 0, let text = event.str {
            lines.append(WideString.read(text))
            status = lab_history_prev(history, &event)
        }
        return lines
    }

    /// Each line once, where it was last used.
    static func deduplicated(_ lines: [String]) -> [String] {
        var seen = Set<String>()
        return lines.reversed().filter { seen.insert($0).inserted }.reversed()
    }
}
