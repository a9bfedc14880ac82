/// Finds, eight bytes at a time, the next byte inside a JSON string that a copy of it may have to treat apart:
/// a quote, a backslash, a slash or a control character.
enum JSONStringScan {
    // NB: a byte-at-a-time loop was most of reading a sheet's strings and compacting it for its seal (callgrind).

    /// The index of the first such byte in `bytes` from `start` on, or `bytes.count` when there is none.
    /// - Complexity: O(n) in the bytes passed over.
    static func next(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index < bytes.count {
            if index + 8 <= bytes.count, !mayHold(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            } else if isSpecial(bytes[index]) {
                return index
            } else {
                index += 1
            }
        }
        return index
    }

    static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x5C || byte == 0x2F || byte < 0x20
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// False only when none of the eight bytes of `word` is special (true may be a false alarm).
    static func mayHold(_ word: UInt64) -> Bool {
        hasByte(word, 0x22) || hasByte(word, 0x5C) || hasByte(word, 0x2F)
            || (word &- ones &* 0x20) & ~word & highBits != 0
    }

    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let zeroWhereEqual = word ^ (ones &* UInt64(byte))
        return (zeroWhereEqual &- ones) & ~zeroWhereEqual & highBits != 0
    }
}
