import Foundation
import LabText
import Lessons

extension Session {
    /// Loads saved progress from `store` and keeps saving there; returns warnings to show, in the session's language.
    package func attachProgress(_ store: ProgressStore) -> [String] {
        let loaded = store.load()
        progress = loaded.progress
        progressBase = loaded.progress
        progressStore = loaded.isWritable ? store : nil
        progressIsReadOnly = !loaded.isWritable
        return loaded.warnings.map(text(_:))
    }

    /// Records that the learner ran a lab block, by its file (relative to the lessons folder) and line.
    func markLabRun(file: String, line: Int) {
        progress.markLabRun(labBlockID(file: file, line: line))
        saveProgress()
    }

    /// How progress names a lab block: `en/2-how.md:57`.
    func labBlockID(file: String, line: Int) -> String {
        let prefix = environment.lessonsPath + "/"
        return (file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file) + ":\(line)"
    }

    /// Merges this session's progress into the store if one is attached, so another session's
    /// saves are kept; a failure is a warning, said once, and the progress stays in memory.
    func saveProgress() {
        guard let progressStore else { return }
        do {
            progress = try progressStore.save(progress, base: progressBase)
            progressBase = progress
        } catch {
            guard !progressWarningShown else { return }
            progressWarningShown = true
            let reason =
                (error as? StateFileError)?.message ?? (error as? ProgressFileChanged)?.message
                ?? Localized(en: "\(error)", ko: "\(error)")
            console.printError(
                text(en: "warning: progress not saved: \(reason.en)", ko: "경고: 진도를 저장하지 못했습니다: \(reason.ko)"))
        }
    }

    /// Today's day number for spaced repetition (`SCALELAB_DAY` overrides it, for tests and demos).
    var today: Int {
        if let text = environment.variables["SCALELAB_DAY"], let day = Int(text) { return day }
        return Int(Date().timeIntervalSince1970 / 86_400)
    }
}
