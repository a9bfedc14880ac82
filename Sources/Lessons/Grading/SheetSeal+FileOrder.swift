import Foundation

extension SheetSeal {
    /// SHA-256 of the sheet file's own bytes made compact: whitespace between tokens dropped, the top-level `seal`
    /// member left out, slashes escaped and `\uXXXX` escapes of printable characters written as the characters.
    ///
    /// For a sheet scalelab wrote (sorted keys, the encoder's numbers) these are the bytes the seal was made from,
    /// so no key is sorted and nothing is re-encoded. Only a shortcut, like `digest(of:)`: a sheet whose bytes do not
    /// match is checked the slow way. Nil when the bytes hold an escape this does not rewrite (a surrogate pair).
    static func fileOrderDigest(_ data: Data) -> String? {
        // NB: sorting the keys and re-encoding the parsed sheet was most of checking a seal (callgrind).
        data.withUnsafeBytes { raw in
            var compact = FileOrderCompactor(bytes: raw.bindMemory(to: UInt8.self))
            guard compact.run() else { return nil }
            return SHA256.hex(of: compact.out)
        }
    }
}

/// The compact bytes of a JSON text read in file order (see `SheetSeal.fileOrderDigest`).
private struct FileOrderCompactor {
    let bytes: UnsafeBufferPointer<UInt8>
    var out: [UInt8] = []
    var index = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        out.reserveCapacity(bytes.count)
    }

    /// Compacts the whole text; false on an escape it does not rewrite or a text that ends inside a string.
    mutating func run() -> Bool {
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            case 0x22:
                if depth == 1, isSealKey() {
                    guard skipSeal() else { return false }
                } else {
                    guard string() else { return false }
                }
            case 0x7B, 0x5B:
                depth += 1
                out.append(byte)
                index += 1
            case 0x7D, 0x5D:
                depth -= 1
                out.append(byte)
                index += 1
            default:
                out.append(byte)
                index += 1
            }
        }
        return true
    }

    /// True at the key `"seal"` of the top-level object.
    private func isSealKey() -> Bool {
        let key: [UInt8] = Array("\"seal\"".utf8)
        guard index + key.count <= bytes.count, bytes[index..<index + key.count].elementsEqual(key) else {
            return false
        }
        var next = index + key.count
        while next < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[next]) { next += 1 }
        return next < bytes.count && bytes[next] == 0x3A
    }

    /// Leaves out `"seal": "..."` and the comma before it (or after it, when it comes first); false when the
    /// seal is not a string.
    private mutating func skipSeal() -> Bool {
        let mark = out.count
        guard string() else { return false }
        skipSpace()
        guard index < bytes.count, bytes[index] == 0x3A else { return false }
        index += 1
        skipSpace()
        guard index < bytes.count, bytes[index] == 0x22, string() else { return false }
        out.removeSubrange(mark...)
        if out.last == 0x2C {
            out.removeLast()
        } else {
            skipSpace()
            if index < bytes.count, bytes[index] == 0x2C { index += 1 }
        }
        return true
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    /// Copies the string at `index` (its opening quote), escaping slashes and unescaping printable `\uXXXX`.
    private mutating func string() -> Bool {
        out.append(0x22)
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x22:
                out.append(byte)
                return true
            case 0x2F: out += [0x5C, 0x2F]
            case 0x5C:
                guard index < bytes.count else { return false }
                if bytes[index] == 0x75 {
                    guard unicodeEscape() else { return false }
                } else {
                    out += [0x5C, bytes[index]]
                    index += 1
                }
            default: out.append(byte)
            }
        }
        return false
    }

    /// `\uXXXX` (`index` at the `u`) as the encoder writes the character: a control character as `\u00xx`, a quote,
    /// backslash or slash escaped (never raw, or an edit could move where a string ends), anything else as UTF-8.
    private mutating func unicodeEscape() -> Bool {
        guard index + 5 <= bytes.count,
            let value = UInt32(String(decoding: bytes[index + 1..<index + 5], as: UTF8.self), radix: 16),
            let scalar = Unicode.Scalar(value)
        else { return false }
        if value == 0x22 || value == 0x5C || value == 0x2F {
            out += [0x5C, UInt8(value)]
        } else if value < 0x20 {
            out += Array("\\u".utf8) + bytes[index + 1..<index + 5].map { $0 >= 0x41 && $0 <= 0x46 ? $0 + 0x20 : $0 }
        } else {
            out += Array(String(scalar).utf8)
        }
        index += 5
        return true
    }
}
