import Crypto

/// SHA-256 (FIPS 180-4) of a byte sequence, as lowercase hex, computed by swift-crypto.
///
/// Used only to identify files and questions; nothing in scalelab relies on it for secrecy.
///
///     SHA256.hex(of: Array("abc".utf8))
///     // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
///
/// - Complexity: O(n) in the number of bytes.
package enum SHA256 {
    // NB: swift-crypto's BoringSSL uses assembly on x86_64: hashing the ~5 KB a bench sheet's seal covers went from
    // 0.27 M instructions a sheet (the hand-written block loop this replaced) to 0.12 M under callgrind, which hides
    // the SHA extensions this machine has, so the AVX code ran there.

    /// The digest of `bytes` as 64 lowercase hex digits.
    package static func hex<Bytes: Sequence>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digest = digest(of: bytes)
        return String(unsafeUninitializedCapacity: 2 * digest.count) { text in
            for (position, byte) in digest.enumerated() {
                text[2 * position] = hexDigit(byte >> 4)
                text[2 * position + 1] = hexDigit(byte & 0x0F)
            }
            return 2 * digest.count
        }
    }

    /// The 32-byte digest of `bytes`.
    package static func digest<Bytes: Sequence>(of bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        bytes.withContiguousStorageIfAvailable { digest(UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { digest($0) }
    }

    private static func digest(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var hasher = Crypto.SHA256()
        hasher.update(bufferPointer: bytes)
        return Array(hasher.finalize())
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x57 + value }
}
