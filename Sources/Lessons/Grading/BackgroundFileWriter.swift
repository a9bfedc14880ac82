import Dispatch
import Foundation
import Synchronization

/// Writes buffers to a file descriptor in order on a queue of its own, so a report is written out while its next part
/// is being made (the kernel's copy of a 100 MB JSON report took as long as making it).
final class BackgroundFileWriter: Sendable {
    private let descriptor: Int32
    private let queue = DispatchQueue(label: "scalelab.report-writer")
    /// At most two buffers wait to be written, so memory stays bounded however large the report.
    private let slots = DispatchSemaphore(value: 2)
    private let failure = Mutex<Int32?>(nil)

    /// A writer to `descriptor`, which stays open (the caller closes it after `finish()`).
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes `bytes` after everything submitted before them; waits while two buffers are waiting already.
    func submit(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard failure.withLock({ $0 == nil }) else { return }
            if let code = Self.writeAll(bytes, to: descriptor) { failure.withLock { $0 = code } }
        }
    }

    /// Waits until every buffer is written; the first `errno` of a failed write, nil when all succeeded.
    func finish() -> Int32? {
        queue.sync {}
        return failure.withLock { $0 }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let wrote = write(descriptor, raw.baseAddress! + done, raw.count - done)
                if wrote < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += wrote
            }
            return nil
        }
    }
}
