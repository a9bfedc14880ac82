import Foundation
import LabText

/// An exclusive `flock` on a lock file beside a state file, held while a closure runs, so two
/// sessions never interleave a read–merge–write of the same file.
package enum FileLock {
    /// Runs `body` holding the lock on `path` (created if needed); throws what `body` throws.
    package static func withLock<T>(_ path: String, _ body: () throws -> T) throws -> T {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StateFileError(path: path, code: errno) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw StateFileError(path: path, code: errno) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}

/// A state file (progress, history, their locks) that could not be used, with the system's reason and a fix.
package struct StateFileError: Error, Sendable, Hashable, CustomStringConvertible {
    package var path: String
    package var code: Int32

    package init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    /// What went wrong and the fix, in both languages.
    package var message: Localized {
        switch code {
        case ENOSPC, EDQUOT:
            Localized(en: "\(path): the disk is full; free some space", ko: "\(path): 디스크가 가득 찼습니다. 공간을 비우세요")
        case EACCES, EPERM, EROFS:
            Localized(
                en: "\(path): permission denied; make the folder writable or set XDG_STATE_HOME",
                ko: "\(path): 쓸 권한이 없습니다. 폴더에 쓰기 권한을 주거나 XDG_STATE_HOME을 설정하세요")
        default:
            Localized(
                en: "\(path): \(String(cString: strerror(code)))", ko: "\(path): \(String(cString: strerror(code)))")
        }
    }

    package var description: String { message.en }
}
