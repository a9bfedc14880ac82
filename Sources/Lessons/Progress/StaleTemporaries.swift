import Foundation

/// Temporary files a killed scalelab left beside a state file (`.progress.json.tmp-PID-N`,
/// `history.tmp-PID`), removed at the next start once their process is gone.
package enum StaleTemporaries {
    /// Removes the temporaries of `path` whose writing process no longer runs; returns how many.
    @discardableResult
    package static func remove(beside path: String) -> Int {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        var removed = 0
        for candidate in names.sorted() {
            guard let pid = writer(of: candidate, name: name), !isRunning(pid) else { continue }
            if unlink((folder.isEmpty ? "." : folder) + "/" + candidate) == 0 { removed += 1 }
        }
        return removed
    }

    /// The process id in a temporary's name, or nil when `candidate` is not a temporary of `name`.
    static func writer(of candidate: String, name: String) -> pid_t? {
        for prefix in [".\(name).tmp-", "\(name).tmp-"] where candidate.hasPrefix(prefix) {
            let digits = candidate.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
            return pid_t(digits)
        }
        return nil
    }

    private static func isRunning(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
