import Foundation
import LabText

/// Where progress is kept and how it is read and written: merged under a lock, atomically, and
/// never silently reset or rewritten when this build cannot read it whole.
package struct ProgressStore: Sendable, Hashable {
    package var path: String

    package init(path: String) {
        self.path = path
    }

    /// What loading found: the progress, warnings to show once, and whether saving is allowed.
    package struct Loaded: Sendable, Equatable {
        package var progress: Progress
        package var warnings: [Localized]
        /// False for a file scalelab cannot read or of a newer layout: it is used read-only.
        package var isWritable: Bool
    }

    /// `$XDG_STATE_HOME/scalelab/progress.json`, else `~/.local/state/scalelab/progress.json`.
    package static func defaultPath(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/scalelab/progress.json"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/scalelab/progress.json"
    }

    /// The saved progress (empty when there is none yet). Removes temporaries a killed save left.
    /// A corrupt file is renamed to `progress.json.corrupt-N`; an unreadable one or one of a newer
    /// layout is used read-only; each case is said in the warnings.
    package func load() -> Loaded {
        StaleTemporaries.remove(beside: path)
        guard FileManager.default.fileExists(atPath: path) else {
            return Loaded(progress: Progress(), warnings: [], isWritable: true)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return Loaded(
                progress: Progress(),
                warnings: [Self.readOnly(path, Localized(en: "cannot be read (permission denied)", ko: "읽을 권한이 없습니다"))],
                isWritable: false)
        }
        do {
            let progress = try Self.decode(data)
            guard progress.version <= Progress.currentVersion else {
                let reason = Localized(
                    en:
                        "written by a newer scalelab (layout \(progress.version), this one knows \(Progress.currentVersion))",
                    ko: "더 새로운 scalelab이 쓴 파일입니다(형식 \(progress.version), 이 버전은 \(Progress.currentVersion)까지 압니다)")
                return Loaded(progress: progress, warnings: [Self.readOnly(path, reason)], isWritable: false)
            }
            return Loaded(progress: progress, warnings: [], isWritable: true)
        } catch {
            return Loaded(
                progress: Progress(), warnings: [SetAside.move(path, reason: Self.unreadable(error))], isWritable: true)
        }
    }

    /// Saves `progress` merged (see `Progress.merged`) onto what is on disk now, holding a lock
    /// so a second session's save cannot interleave; returns what was written.
    /// - Throws: `StateFileError`, or `ProgressFileChanged` when the file became unreadable meanwhile.
    package func save(_ progress: Progress, base: Progress = Progress()) throws -> Progress {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        return try FileLock.withLock(path + ".lock") {
            let disk = try FileManager.default.contents(atPath: path).map { data in
                guard let decoded = try? Self.decode(data), decoded.version <= Progress.currentVersion else {
                    throw ProgressFileChanged(path: path)
                }
                return decoded
            }
            let merged = progress.merged(since: base, onto: disk ?? Progress())
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try StateFile.write(try encoder.encode(merged), to: path)
            return merged
        }
    }

    private static func decode(_ data: Data) throws -> Progress {
        try JSONDecoder().decode(Progress.self, from: data)
    }

    private static func readOnly(_ path: String, _ reason: Localized) -> Localized {
        Localized(
            en:
                "\(path): \(reason.en); used read-only, so this session's progress is not saved (move the file away to start a new one)",
            ko: "\(path): \(reason.ko). 읽기 전용으로 쓰므로 이번 진도는 저장하지 않습니다(새로 시작하려면 파일을 옮기세요)")
    }

    private static func unreadable(_ error: any Error) -> Localized {
        let detail = JSONProblem.describe(error)
        return Localized(en: detail, ko: "JSON으로 읽을 수 없음: \(detail)")
    }
}

/// The progress file changed on disk into something this build cannot read; it is left alone.
package struct ProgressFileChanged: Error, Sendable, Hashable, CustomStringConvertible {
    package var path: String

    /// What happened, in both languages.
    package var message: Localized {
        Localized(
            en: "\(path) was changed by another program into something this scalelab cannot read; it is left as it is",
            ko: "\(path) 파일을 다른 프로그램이 이 scalelab이 읽을 수 없는 내용으로 바꾸었습니다. 그대로 둡니다")
    }

    package var description: String { message.en }
}
