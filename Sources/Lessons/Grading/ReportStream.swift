import Foundation

/// Where a report is written: text, and bytes that are UTF-8 already (what the report writers build).
package protocol ReportStream: TextOutputStream {
    /// Appends `bytes`, which are valid UTF-8.
    mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>)
}

extension ReportStream {
    /// Appends `bytes`, which are valid UTF-8.
    mutating func write(utf8 bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(utf8: $0) }
    }
}

extension String: ReportStream {
    package mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        append(String(decoding: bytes, as: UTF8.self))
    }
}
