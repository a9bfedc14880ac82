import Foundation

/// Reads a whole file with a size limit, through `open` and `read` so pipes, `/dev/stdin` and
/// process substitution (`<(cmd)`) work like regular files.
package enum BoundedFile {
    /// Why a file could not be read, in words a learner can act on.
    package enum Failure: Error, Equatable {
        case missing
        case permissionDenied
        case folder
        case tooLarge(limit: Int)
        case other(String)
    }

    /// The bytes of `path`, at most `limit` of them.
    /// - Throws: `Failure` naming why; the descriptor is closed on every path.
    package static func read(_ path: String, limit: Int) throws(Failure) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(errno) }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(errno)
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit { throw .tooLarge(limit: limit) }
        }
    }

    private static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT, ENOTDIR: .missing
        case EACCES, EPERM: .permissionDenied
        case EISDIR: .folder
        default: .other(String(cString: strerror(code)))
        }
    }
}
