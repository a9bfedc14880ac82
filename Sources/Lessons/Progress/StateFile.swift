import Foundation

/// Writes a state file atomically with the system's reason on failure (a full disk says so):
/// a temporary `.NAME.tmp-PID-N` beside it, flushed, then renamed over it; removed on every error.
package enum StateFile {
    /// Replaces `path` with `data`.
    /// - Throws: `StateFileError` naming the file and the fix.
    package static func write(_ data: Data, to path: String) throws(StateFileError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = ".\((path as NSString).lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = (folder.isEmpty ? "." : folder) + "/" + name
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StateFileError(path: path, code: errno) }
        var failure: Int32 = 0
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count, failure == 0 {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 { if errno != EINTR { failure = errno } } else { offset += written }
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw StateFileError(path: path, code: failure)
        }
    }
}
