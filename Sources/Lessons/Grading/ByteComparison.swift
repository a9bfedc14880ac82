import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// True when `other` holds the same bytes (compared with `memcmp`: the generic `elementsEqual` goes byte by byte).
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        count == other.count && (isEmpty || memcmp(baseAddress!, other.baseAddress!, count) == 0)
    }
}
