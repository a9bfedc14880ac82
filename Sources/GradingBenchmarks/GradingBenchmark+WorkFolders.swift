import Foundation

extension GradingBenchmark {
    /// The folder a benchmark of this process works in under `directory`: `NAME-PID`, or `NAME-PID-SUFFIX`.
    package static func workFolder(_ name: String, in directory: String, suffix: String? = nil) -> String {
        (directory as NSString).appendingPathComponent("\(name)-\(getpid())" + (suffix.map { "-" + $0 } ?? ""))
    }

    /// Removes the work folders `NAME-PID...` under `directory` whose process no longer runs, and returns how many:
    /// a benchmark killed before it could clean up (`bench --grading | head` ends it with SIGPIPE) left up to
    /// 800 MB of generated sheets.
    @discardableResult
    package static func removeStaleWorkFolders(_ name: String, in directory: String) -> Int {
        let prefix = name + "-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var removed = 0
        for entry in names where entry.hasPrefix(prefix) {
            guard let pid = pid_t(entry.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }), pid > 0,
                pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            if (try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(entry)))
                != nil
            {
                removed += 1
            }
        }
        return removed
    }
}
