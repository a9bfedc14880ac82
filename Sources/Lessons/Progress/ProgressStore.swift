import Foundation

/// Where progress is kept and how it is read and written: atomically, and never silently reset.
package struct ProgressStore: Sendable, Hashable {
    package var path: String

    package init(path: String) {
        self.path = path
    }

    /// `$XDG_STATE_HOME/scalelab/progress.json`, else `~/.local/state/scalelab/progress.json`.
    package static func defaultPath(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/scalelab/progress.json"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/scalelab/progress.json"
    }

    /// The saved progress (empty when there is none yet); a corrupt file is renamed to
    /// `progress.json.corrupt-N` and reported in the warnings, then an empty progress is returned.
    package func load() -> (Progress, [String]) {
        guard let data = FileManager.default.contents(atPath: path) else { return (Progress(), []) }
        do {
            return (try JSONDecoder().decode(Progress.self, from: data), [])
        } catch {
            return (Progress(), [setAside(reason: JSONProblem.describe(error))])
        }
    }

    /// Saves `progress` atomically (temporary file, then rename), creating the folder if needed.
    package func save(_ progress: Progress) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try OutputFile.write(try encoder.encode(progress), to: path, replacing: true)
    }

    private func setAside(reason: String) -> String {
        var number = 1
        while FileManager.default.fileExists(atPath: "\(path).corrupt-\(number)") { number += 1 }
        let corrupt = "\(path).corrupt-\(number)"
        guard rename(path, corrupt) == 0 else {
            return "\(path): unreadable (\(reason)) and could not be set aside; move it away before progress is saved again"
        }
        return "\(path): unreadable (\(reason)); kept as \(corrupt) and started afresh"
    }
}
