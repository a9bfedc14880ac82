import Foundation
import Lessons
import Workshop

/// What `workshop start` prints once the server listens: where learners join, the code, the dashboard.
struct WorkshopStart: Sendable {
    let korean: Bool
    let storePath: String
    let code: String
    let token: String
    let mode: WorkshopMode

    init(korean: Bool, storePath: String, workshop: Workshop) {
        self.korean = korean
        self.storePath = storePath
        code = workshop.code
        token = workshop.dashboardToken
        mode = workshop.mode
    }

    /// The store of a workshop started without `--db`: one per first key, in the state folder.
    static func defaultStore(keys: [String], statePath: String) -> String {
        let name = keys.first.map { QuizFile.quizID(path: $0) } ?? "workshop"
        return statePath + "/workshops/" + SafeFileName.stem(for: name, sequence: 1) + ".sqlite"
    }

    /// The announcement as lines.
    func lines(_ listening: WorkshopServer.Listening) -> [String] {
        let base = listening.base
        let local = listening.host == "127.0.0.1" || listening.host == "::1"
        var lines =
            korean
            ? [
                "워크숍을 시작했습니다 (\(mode == .exam ? "시험" : "연습") 모드). Ctrl-C로 멈춥니다.",
                "  학습자 참가 주소: \(base)/?code=\(code)",
                "  참가 코드:        \(code)",
                "  강사 대시보드:    \(base)/dashboard#\(token)   (이 주소는 비밀로 하세요)",
                "  저장소:           \(storePath)"
            ]
            : [
                "workshop running (\(mode.rawValue) mode); Ctrl-C stops it.",
                "  learners join at: \(base)/?code=\(code)",
                "  join code:        \(code)",
                "  dashboard:        \(base)/dashboard#\(token)   (keep this address to yourself)",
                "  store:            \(storePath)"
            ]
        if local {
            lines.append(
                korean
                    ? "  다른 기기에서 참가하려면 --bind 0.0.0.0으로 다시 시작하세요."
                    : "  only this machine can join; restart with --bind 0.0.0.0 to let the room in.")
        }
        return lines
    }

    /// Prints the announcement to standard output (from the server's task, so not through the session's console).
    func print(_ listening: WorkshopServer.Listening) {
        let text = lines(listening).map { UntrustedText.defused($0) }.joined(separator: "\n") + "\n"
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
