import CEditLine
import Foundation
import LabText
import Lessons

/// Where the REPL keeps its history, and how it is saved without losing another session's lines:
/// each command is merged into the file under a lock as soon as it is entered.
package struct HistoryFile {
    /// The file, or nil when history is turned off (or the file is used read-only).
    package private(set) var path: String?
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

    /// Makes the file safe to use before loading it: removes temporaries a killed save left; sets
    /// aside a file libedit cannot read; leaves alone one scalelab may not read and turns saving
    /// off. Returns the warning to show once.
    package mutating func check() -> Localized? {
        guard let file = path else { return nil }
        StaleTemporaries.remove(beside: file)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        guard FileManager.default.isReadableFile(atPath: file) else {
            path = nil
            return Localized(
                en:
                    "\(file): cannot be read (permission denied); left as it is, and this session's history is not saved",
                ko: "\(file): 읽을 권한이 없습니다. 그대로 두고 이번 세션의 기록은 저장하지 않습니다")
        }
        guard Self.savedLines(in: file) != nil else {
            return SetAside.move(file, reason: Localized(en: "not a libedit history file", ko: "libedit 기록 파일이 아닙니다"))
        }
        return nil
    }

    /// Loads the saved lines into `history`; a missing file is fine.
    func load(into history: OpaquePointer) {
        guard let path else { return }
        var event = HistEventW()
        _ = lab_history_load(history, &event, path)
    }

    /// Saves: the lines on disk now, then the new `lines`, merged under a lock, written to a
    /// temporary file and renamed over the old one. Returns a warning instead of failing.
    func save(newLines lines: [String]) -> Localized? {
        guard let path, !lines.isEmpty else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return Self.notSaved(Localized(en: "cannot create \(folder)", ko: "\(folder) 폴더를 만들 수 없습니다"))
        }
        do {
            return try FileLock.withLock(path + ".lock") {
                guard let saved = Self.savedLines(in: path) else {
                    return Self.notSaved(
                        Localized(
                            en: "\(path) is no longer a libedit history; it is left as it is",
                            ko: "\(path)이(가) 더 이상 libedit 기록 파일이 아니어서 그대로 둡니다"))
                }
                return write(saved + lines, to: path)
            }
        } catch {
            return Self.notSaved((error as? StateFileError)?.message ?? Localized(en: "\(error)", ko: "\(error)"))
        }
    }

    private static func notSaved(_ reason: Localized) -> Localized {
        Localized(en: "warning: history not saved: \(reason.en)", ko: "경고: 명령 기록을 저장하지 못했습니다: \(reason.ko)")
    }

    private func write(_ lines: [String], to path: String) -> Localized? {
        let kept = Self.deduplicated(lines).suffix(Int(Self.capacity))
        guard let merged = history_winit() else {
            return Self.notSaved(Localized(en: "libedit failed", ko: "libedit 오류"))
        }
        defer { history_wend(merged) }
        var event = HistEventW()
        _ = lab_history_setsize(merged, &event, Self.capacity)
        for line in kept {
            var wide = WideString.make(line)
            _ = lab_history_enter(merged, &event, &wide)
        }
        let temporary = path + ".tmp-\(getpid())"
        guard lab_history_save(merged, &event, temporary) >= 0, rename(temporary, path) == 0 else {
            let reason = StateFileError(path: path, code: errno)
            unlink(temporary)
            return Self.notSaved(reason.message)
        }
        return nil
    }

    /// The lines saved in a history file, oldest first, decoded by libedit.
    static func lines(in path: String) -> [String] {
        savedLines(in: path) ?? []
    }

    /// The saved lines: empty when there is no file, nil when the file is not a libedit history.
    static func savedLines(in path: String) -> [String]? {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let history = history_winit() else { return nil }
        defer { history_wend(history) }
        var event = HistEventW()
        _ = lab_history_setsize(history, &event, capacity)
        guard lab_history_load(history, &event, path) >= 0 else { return nil }
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
