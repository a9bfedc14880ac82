import Foundation

/// Reads one answer sheet file (at most `sizeLimit` bytes).
package enum SheetFile {
    /// The largest sheet read, in bytes.
    package static let sizeLimit = 1 << 20

    /// The sheet at `path`, decoded but not checked against a key.
    package static func load(_ path: String) throws(SheetProblem) -> AnswerSheet {
        try AnswerSheet.decoded(try contents(path))
    }

    /// The bytes of the file at `path`, read with `open`/`read` (one buffer sized from `fstat`).
    package static func contents(_ path: String) throws(SheetProblem) -> Data {
        // NB: FileHandle's objects and bridging were a visible share of grading small sheets; POSIX calls are not.
        // NB: non-blocking, so a FIFO named on the command line is refused below instead of waiting for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw access(path, R_OK) != 0 ? SheetProblem.permissionDenied : SheetProblem.unopenable
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { throw SheetProblem.unreadable }
        guard status.st_mode & S_IFMT == S_IFREG else { throw SheetProblem.notRegular }
        let size = Int(status.st_size)
        var data = Data(count: min(max(size, 0), sizeLimit) + 1)
        var filled = 0
        while filled < data.count {
            let got = data.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw SheetProblem.unreadable }
            if got == 0 { break }
            filled += got
            // NB: a file that grew since fstat is read on, up to one byte past the limit.
            if filled == data.count, data.count <= sizeLimit { data.count = min(2 * data.count, sizeLimit + 1) }
        }
        data.count = filled
        guard filled <= sizeLimit else { throw SheetProblem.tooLarge(sizeLimit) }
        return data
    }
}
