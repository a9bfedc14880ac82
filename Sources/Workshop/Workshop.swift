import Foundation
import LabText
import Lessons

/// A running workshop: its store, its answer keys, the join code and the instructor's token.
package final class Workshop: Sendable {
    package let store: WorkshopStore
    package let mode: WorkshopMode
    /// The short code learners type to join.
    package let code: String
    /// The instructor's 128-bit secret for the dashboard, the controls and the export.
    package let dashboardToken: String
    /// The answer keys, in the order they were added.
    package let keys: [Quiz]
    /// The clock stamping answers and submissions (wall time in a real workshop).
    let now: @Sendable () -> Date

    /// Opens `store`, adds the keys at `keyPaths` (a restart may give none: the stored keys serve), and keeps the
    /// code and token of an earlier run of the same store.
    package init(
        store: WorkshopStore, keyPaths: [String], mode: WorkshopMode, now: @escaping @Sendable () -> Date = Date.init
    ) throws {
        self.store = store
        self.mode = mode
        self.now = now
        for path in keyPaths {
            let key = try QuizFile.loadKey(path: path)
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            try store.addQuiz(id: key.id, keyText: text, state: .open)
        }
        let stored = try store.quizzes()
        guard !stored.isEmpty else {
            throw WorkshopError(
                Localized(
                    en: "no quiz: give at least one GIFT answer key, e.g. workshop start quiz.gift",
                    ko: "퀴즈가 없습니다. GIFT 정답 파일을 하나 이상 주세요. 예: workshop start quiz.gift"))
        }
        keys = try stored.map { try QuizFile.parseGIFT(Data($0.keyText.utf8), path: $0.id + ".gift") }
        try store.setSetting("mode", mode.rawValue)
        code = try store.settingOnce("code", WorkshopSecret.joinCode())
        dashboardToken = try store.settingOnce("dashboard_token", WorkshopSecret.token())
    }

    /// The key of quiz `id`, if the workshop has it.
    package func key(_ id: String) -> Quiz? {
        keys.first { $0.id == id }
    }

    /// The state of quiz `id` now (closed when unknown).
    package func state(_ id: String) throws -> QuizState {
        try store.state(quiz: id) ?? .closed
    }

    /// Whether learners of quiz `id` may see their results, right answers and feedback now.
    package func showsResults(_ id: String) throws -> Bool {
        if mode == .practice { return true }
        return try state(id) == .released
    }

    /// `now()` as ISO 8601 in UTC.
    var timestamp: String { AnswerSheet.timestamp(now()) }
}

/// A workshop that cannot start or a command that cannot run, with what to do.
package struct WorkshopError: Error, CustomStringConvertible, Sendable {
    /// What went wrong and the fix, in both languages.
    package var message: Localized

    package init(_ message: Localized) {
        self.message = message
    }

    package var description: String { message.en }
}
