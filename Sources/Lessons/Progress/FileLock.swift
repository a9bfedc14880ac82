import Foundation
import LabText

/// An exclusive `flock` on a lock file beside a state file, held while a closure runs, so two
/// sessions never interleave a read–merge–write of the same file.
package enum FileLock {
    /// How long to wait for another session's lock. A save holds it for milliseconds, so a longer
    /// hold means that session is stuck (stopped with Ctrl-Z, a hung disk): waiting on would hang
    /// this session too, and a typed Ctrl-D would be lost while it waits.
    package static let patience = Duration.seconds(5)

    /// Runs `body` holding the lock on `path` (created if needed), waiting at most `patience` for it.
    /// - Throws: `StateFileError` (`EWOULDBLOCK` when the wait ran out), or what `body` throws.
    package static func withLock<T>(_ path: String, patience: Duration = patience, _ body: () throws -> T) throws -> T {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StateFileError(path: path, code: errno) }
        defer { close(descriptor) }
        let clock = ContinuousClock()
        let end = clock.now + patience
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw StateFileError(path: path, code: errno) }
            guard clock.now < end else { throw StateFileError(path: path, code: EWOULDBLOCK) }
            usleep(10_000)
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
        case EWOULDBLOCK:
            Localized(
                en:
                    "\(path): another scalelab session held it for over \(FileLock.patience.components.seconds) s (one stopped with Ctrl-Z?); end that session and go on",
                ko:
                    "\(path): 다른 scalelab 세션이 \(FileLock.patience.components.seconds)초 넘게 잠그고 있습니다(Ctrl-Z로 멈춘 세션?). 그 세션을 끝내고 계속하세요"
            )
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
