import LabText

@testable import Experiments
@testable import LabShell

/// A session that writes into buffers, with a fixed environment.
func makeSession(language: Language = .en, mode: Session.Mode = .script) -> Session {
    let environment = ShellEnvironment(variables: [:], lessonsPath: lessonsFolder, statePath: "/nonexistent/state")
    return Session(
        language: language, console: Console(sink: .capture, width: 80), mode: mode, environment: environment)
}

/// The repository's `lessons/` folder.
let lessonsFolder: String = {
    var path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    path = "/" + path + "/lessons"
    return path
}()
