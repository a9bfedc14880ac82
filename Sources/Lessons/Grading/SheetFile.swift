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
            throw SheetProblem(
                reason: access(path, R_OK) != 0
                    ? "cannot be read: permission denied; make it readable (chmod u+r)" : "cannot be opened")
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: sizeLimit + 1) else {
            throw SheetProblem(reason: "cannot be read (a folder?); name a sheet file")
        }
        guard data.count <= sizeLimit else {
            throw SheetProblem(reason: "larger than \(sizeLimit) bytes; not an answer sheet")
        }
        return data
    }
}
