import Foundation

/// The parts of the process environment the shell reads, gathered once so tests can set them.
package struct ShellEnvironment: Sendable {
    package var variables: [String: String]
    /// The folder the course content is read from (`lessons/`).
    package var lessonsPath: String
    /// The folder for history and progress (`$XDG_STATE_HOME/scalelab`).
    package var statePath: String

    package init(variables: [String: String], lessonsPath: String, statePath: String) {
        self.variables = variables
        self.lessonsPath = lessonsPath
        self.statePath = statePath
    }

    /// The environment of this process.
    package static func current() -> ShellEnvironment {
        let variables = ProcessInfo.processInfo.environment
        return ShellEnvironment(
            variables: variables,
            lessonsPath: locateLessons(variables: variables),
            statePath: stateDirectory(variables: variables))
    }

    /// `$XDG_STATE_HOME/scalelab`, falling back to `~/.local/state/scalelab`.
    static func stateDirectory(variables: [String: String]) -> String {
        if let state = variables["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/scalelab"
        }
        let home = variables["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/scalelab"
    }

    /// `$SCALELAB_LESSONS`, else a `lessons/` folder in or above the working directory,
    /// else the one beside the sources this binary was built from.
    static func locateLessons(variables: [String: String]) -> String {
        if let path = variables["SCALELAB_LESSONS"], !path.isEmpty { return path }
        let files = FileManager.default
        var folder = URL(fileURLWithPath: files.currentDirectoryPath)
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("lessons")
            if files.fileExists(atPath: candidate.appendingPathComponent("en").path) { return candidate.path }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("lessons").path
    }
}
