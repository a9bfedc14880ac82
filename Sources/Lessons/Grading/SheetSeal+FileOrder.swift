import Foundation

extension SheetSeal {
    /// SHA-256 of the sheet file's own bytes made compact: whitespace between tokens dropped, the top-level `seal`
    /// member left out, slashes escaped and `\uXXXX` escapes of printable characters written as the characters.
    ///
    /// For a sheet scalelab wrote (sorted keys, the encoder's numbers) these are the bytes the seal was made from,
    /// so no key is sorted and nothing is re-encoded. Only a shortcut, like `digest(of:)`: a sheet whose bytes do not
    /// match is checked the slow way. Nil when the bytes hold an escape this does not rewrite (a surrogate pair).
    ///
    /// `replacing` names bytes of the file whose compact form the caller knows already (the `questions` object of a
    /// clean sheet, the same for every sheet of a key), written instead of compacting them again.
    static func fileOrderDigest(_ data: Data, replacing known: (range: Range<Int>, compact: [UInt8])? = nil) -> String?
    {
        // NB: sorting the keys and re-encoding the parsed sheet was most of checking a seal (callgrind).
        data.withUnsafeBytes { raw in
            var compactor = FileOrderCompactor(bytes: raw.bindMemory(to: UInt8.self), known: known)
            guard compactor.run() else { return nil }
            return SHA256.hex(of: compactor.compact)
        }
    }
}

/// The compact bytes of a JSON text read in file order (see `SheetSeal.fileOrderDigest`).
private struct FileOrderCompactor: ~Copyable {
    // NB: appending byte by byte to an array (a capacity and a uniqueness check each) was most of compacting a
    // sheet (0.1 M instructions a sheet, callgrind); the output is written into one buffer sized for the worst case.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Bytes of the input to write as the given compact bytes instead (see `SheetSeal.fileOrderDigest`).
    private let known: (range: Range<Int>, compact: [UInt8])?
    /// Room for twice the input (an escaped slash is the only rewrite that writes more bytes than it reads), and for
    /// the known compact bytes.
    private let out: UnsafeMutablePointer<UInt8>
    private var count = 0
    var index = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, known: (range: Range<Int>, compact: [UInt8])?) {
        self.bytes = bytes
        self.known = known.flatMap { $0.range.isEmpty ? nil : $0 }
        out = .allocate(capacity: 2 * bytes.count + (known?.compact.count ?? 0))
    }

    deinit { out.deallocate() }

    /// The compact bytes written so far.
    var compact: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: out, count: count) }

    /// Compacts the whole text; false on an escape it does not rewrite or a text that ends inside a string.
    mutating func run() -> Bool {
        while index < bytes.count {
            if let known, index == known.range.lowerBound {
                known.compact.withUnsafeBufferPointer { (out + count).update(from: $0.baseAddress!, count: $0.count) }
                count += known.compact.count
                index = known.range.upperBound
                continue
            }
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: skipSpace()
            case 0x22:
                if depth == 1, isSealKey() {
                    guard skipSeal() else { return false }
                } else {
                    guard string() else { return false }
                }
            case 0x7B, 0x5B:
                depth += 1
                append(byte)
                index += 1
            case 0x7D, 0x5D:
                depth -= 1
                append(byte)
                index += 1
            default:
                append(byte)
                index += 1
            }
        }
        return true
    }

    private mutating func append(_ byte: UInt8) {
        out[count] = byte
        count += 1
    }

    private mutating func append(_ first: UInt8, _ second: UInt8) {
        out[count] = first
        out[count + 1] = second
        count += 2
    }

    /// True at the key `"seal"` of the top-level object.
    private func isSealKey() -> Bool {
        let key: StaticString = "\"seal\""
        let length = key.utf8CodeUnitCount
        guard index + length <= bytes.count, memcmp(key.utf8Start, bytes.baseAddress! + index, length) == 0 else {
            return false
        }
        var next = index + length
        while next < bytes.count, SheetReader.isSpace(bytes[next]) { next += 1 }
        return next < bytes.count && bytes[next] == 0x3A
    }

    /// Leaves out `"seal": "..."` and the comma before it (or after it, when it comes first); false when the
    /// seal is not a string.
    private mutating func skipSeal() -> Bool {
        let mark = count
        guard string() else { return false }
        skipSpace()
        guard index < bytes.count, bytes[index] == 0x3A else { return false }
        index += 1
        skipSpace()
        guard index < bytes.count, bytes[index] == 0x22, string() else { return false }
        count = mark
        if count > 0, out[count - 1] == 0x2C {
            count -= 1
        } else {
            skipSpace()
            if index < bytes.count, bytes[index] == 0x2C { index += 1 }
        }
        return true
    }

    private mutating func skipSpace() {
        while index < bytes.count, SheetReader.isSpace(bytes[index]) { index += 1 }
    }

    /// Copies the string at `index` (its opening quote), escaping slashes and unescaping printable `\uXXXX`.
    private mutating func string() -> Bool {
        append(0x22)
        index += 1
        while true {
            copyPlainRun()
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x22:
                append(byte)
                return true
            case 0x2F: append(0x5C, 0x2F)
            case 0x00..<0x20: append(byte)
            default:
                guard index < bytes.count else { return false }
                if bytes[index] == 0x75 {
                    guard unicodeEscape() else { return false }
                } else {
                    append(0x5C, bytes[index])
                    index += 1
                }
            }
        }
    }

    /// Copies the bytes from `index` up to the next quote, slash, backslash or control character, in one go.
    private mutating func copyPlainRun() {
        // NB: copied eight bytes at a time as they are scanned: a scan and then a `memmove` call for each short string
        // was most of compacting a sheet (callgrind).
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if !JSONStringScan.mayHold(word) {
                    UnsafeMutableRawPointer(out + count).storeBytes(of: word, as: UInt64.self)
                    index += 8
                    count += 8
                    continue
                }
            }
            guard !JSONStringScan.isSpecial(bytes[index]) else { return }
            out[count] = bytes[index]
            index += 1
            count += 1
        }
    }

    /// `\uXXXX` (`index` at the `u`) as the encoder writes the character: a control character as `\u00xx`, a quote,
    /// backslash or slash escaped (never raw, or an edit could move where a string ends), anything else as UTF-8.
    private mutating func unicodeEscape() -> Bool {
        guard index + 5 <= bytes.count,
            let value = UInt32(String(decoding: bytes[index + 1..<index + 5], as: UTF8.self), radix: 16),
            let scalar = Unicode.Scalar(value)
        else { return false }
        if value == 0x22 || value == 0x5C || value == 0x2F {
            append(0x5C, UInt8(value))
        } else if value < 0x20 {
            append(0x5C, 0x75)
            for digit in bytes[index + 1..<index + 5] { append(digit >= 0x41 && digit <= 0x46 ? digit + 0x20 : digit) }
        } else {
            for byte in String(scalar).utf8 { append(byte) }
        }
        index += 5
        return true
    }
}
