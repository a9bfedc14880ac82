import Foundation

/// Reads one answer sheet file (at most `sizeLimit` bytes).
package enum SheetFile {
    /// The largest sheet read, in bytes.
    package static let sizeLimit = 1 << 20

    /// The sheet at `path`, decoded but not checked against a key.
    package static func load(_ path: String) throws(SheetProblem) -> AnswerSheet {
        try AnswerSheet.decoded(try read(path))
    }

    private static func read(_ path: String) throws(SheetProblem) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw access(path, R_OK) != 0 ? SheetProblem.permissionDenied : SheetProblem.unopenable
        }
        defer { try? handle.close() }
        // NB: reading an empty file gives nil, not empty data; only a failed read is an unreadable file.
        let data: Data
        do {
            data = try handle.read(upToCount: sizeLimit + 1) ?? Data()
        } catch {
            throw SheetProblem.unreadable
        }
        guard data.count <= sizeLimit else {
            throw SheetProblem.tooLarge(sizeLimit)
        }
        return data
    }
}
