import Foundation
import LabText

/// A report written piece by piece into a temporary file beside its path, then put in place by `commit()`, so a
/// failure never leaves half a report and an existing file is never replaced by accident.
package struct OutputFileStream: ReportStream {
    package let path: String
    private let temporary: String
    private let handle: UnsafeMutablePointer<FILE>
    /// The first `errno` of a failed write (nil while every write succeeded).
    private var failure: Int32?

    /// Opens a new temporary file beside `path`; throws when it cannot be made.
    package init(path: String) throws(OutputFileError) {
        self.path = path
        temporary = OutputFile.temporaryPath(near: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0, let handle = fdopen(descriptor, "w") else {
            let code = errno
            throw OutputFileError(
                path: path,
                reason: L(
                    en: "cannot be written (\(String(cString: strerror(code))))",
                    ko: "쓸 수 없습니다 (\(String(cString: strerror(code))))"))
        }
        // NB: a JSON report of 10,000 sheets is 100 MB; the default 4 KB buffer made 25,000 write calls of it.
        setvbuf(handle, nil, _IOFBF, 1 << 20)
        self.handle = handle
    }

    /// Appends `string` (buffered by the C library).
    package mutating func write(_ string: String) {
        guard failure == nil else { return }
        var text = string
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) }
        if written != text.utf8.count { failure = errno }
    }

    /// Appends `bytes` as they are (buffered by the C library).
    package mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, !bytes.isEmpty else { return }
        if fwrite(bytes.baseAddress, 1, bytes.count, handle) != bytes.count { failure = errno }
    }

    /// Closes the file and puts it at `path` (replacing a file there only when `replacing`); the temporary file is
    /// removed whatever happens.
    package consuming func commit(replacing: Bool) throws(OutputFileError) {
        defer { unlink(temporary) }
        let closed = fclose(handle) == 0
        if let code = failure ?? (closed ? nil : errno) {
            throw OutputFileError(
                path: path,
                reason: L(
                    en: "cannot be written (\(String(cString: strerror(code))))",
                    ko: "쓸 수 없습니다 (\(String(cString: strerror(code))))"))
        }
        try OutputFile.place(temporary, at: path, replacing: replacing)
    }
}

private typealias L = Localized
