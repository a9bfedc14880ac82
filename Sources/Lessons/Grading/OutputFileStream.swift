import Foundation
import LabText

/// A report written piece by piece into a temporary file beside its path, then put in place by `commit()`, so a
/// failure never leaves half a report and an existing file is never replaced by accident.
package struct OutputFileStream: ReportStream {
    package let path: String
    private let temporary: String
    private let descriptor: Int32
    private let writer: BackgroundFileWriter
    /// What is written but not yet handed to `writer`.
    private var pending: [UInt8] = []

    /// The bytes handed to the writer at a time.
    private static let chunk = 1 << 20

    /// Opens a new temporary file beside `path`; throws when it cannot be made.
    package init(path: String) throws(OutputFileError) {
        self.path = path
        temporary = OutputFile.temporaryPath(near: path)
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            throw OutputFileError(
                path: path,
                reason: L(
                    en: "cannot be written (\(String(cString: strerror(code))))",
                    ko: "쓸 수 없습니다 (\(String(cString: strerror(code))))"))
        }
        writer = BackgroundFileWriter(descriptor: descriptor)
        pending.reserveCapacity(Self.chunk)
    }

    /// Appends `string`.
    package mutating func write(_ string: String) {
        var text = string
        text.withUTF8 { write(utf8: $0) }
    }

    /// Appends `bytes` as they are; every megabyte is written out while the report goes on.
    package mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        pending.append(contentsOf: bytes)
        guard pending.count >= Self.chunk else { return }
        writer.submit(pending)
        pending = []
        pending.reserveCapacity(Self.chunk)
    }

    /// Closes the file and puts it at `path` (replacing a file there only when `replacing`); the temporary file is
    /// removed whatever happens.
    package consuming func commit(replacing: Bool) throws(OutputFileError) {
        defer { unlink(temporary) }
        writer.submit(pending)
        let failure = writer.finish()
        let closed = close(descriptor) == 0
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
