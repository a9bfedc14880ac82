import Foundation

/// A fast reader of plain answer sheets, straight from the bytes.
///
/// It reads only what `JSONDecoder` reads the same way: anything else (a `null`, an unknown or repeated
/// field, a byte order mark, a value of another shape, a number out of range, broken UTF-8) gives nil, and then
/// `JSONDecoder` reads the sheet and words the problem. `FuzzSheet` and `SheetReaderTests` check that the two agree.
package struct SheetReader {
    // NB: JSONDecoder took about a third of grading a 40-question sheet. A first version of this reader built a
    // tree of values in dictionaries and then the sheet's own dictionaries from it (0.49 M instructions a sheet,
    // callgrind); each field is now read straight into the sheet, in one pass.
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    /// The sheet in `data`, or nil when it is anything but a plain sheet.
    package static func sheet(_ data: Data) -> AnswerSheet? {
        data.withUnsafeBytes { raw in
            var reader = SheetReader(bytes: raw.bindMemory(to: UInt8.self))
            var fields = SheetFields()
            reader.skipSpace()
            guard
                reader.object(key: { $0.plainString().flatMap(SheetFields.Field.init) }, { fields.read($1, from: &$0) })
            else { return nil }
            reader.skipSpace()
            return reader.index == reader.bytes.count ? fields.sheet : nil
        }
    }

    /// Reads the object at `index`, handing each member's key to `member`, which reads its value (`index` at it);
    /// false when the object is broken or `member` returns false.
    mutating func object(_ member: (inout SheetReader, String) -> Bool) -> Bool {
        object(key: { $0.text() }, member)
    }

    /// Reads the object at `index`, each member's key read by `key` (at its opening quote; nil refuses it) and handed
    /// to `member`, which reads its value; false when the object is broken, or `key` or `member` refuses.
    mutating func object<Key>(key: (inout SheetReader) -> Key?, _ member: (inout SheetReader, Key) -> Bool) -> Bool {
        guard peek(0x7B) else { return false }
        index += 1
        skipSpace()
        if peek(0x7D) {
            index += 1
            return true
        }
        while true {
            skipSpace()
            guard let name = key(&self) else { return false }
            skipSpace()
            guard peek(0x3A) else { return false }
            index += 1
            skipSpace()
            guard member(&self, name), let close = separator(close: 0x7D) else { return false }
            if close { return true }
        }
    }

    /// The bytes of the string at `index` when it holds no escape and no control character (nil otherwise).
    mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
        guard peek(0x22) else { return nil }
        let start = index + 1
        var end = start
        while true {
            end = JSONStringScan.next(in: bytes, from: end)
            guard end < bytes.count else { return nil }
            if bytes[end] == 0x2F {
                end += 1
                continue
            }
            guard bytes[end] == 0x22 else { return nil }
            index = end + 1
            return UnsafeBufferPointer(rebasing: bytes[start..<end])
        }
    }

    /// The string at `index`, nil when there is anything else.
    mutating func text() -> String? {
        peek(0x22) ? string() : nil
    }

    /// The object of strings at `index` (no key twice), nil when there is anything else.
    mutating func strings(reserving capacity: Int = 0) -> [String: String]? {
        var result: [String: String] = [:]
        result.reserveCapacity(capacity)
        let read = object { reader, key in
            guard let text = reader.text() else { return false }
            return result.updateValue(text, forKey: key) == nil
        }
        return read ? result : nil
    }

    /// The response at `index` as `Response`'s decoder reads it: true/false, a number, a string, a list of strings,
    /// an object of strings; nil for anything else.
    mutating func response() -> Response? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case 0x22: return string().map(Response.text)
        case 0x5B: return texts().map(Response.texts)
        case 0x7B: return strings().map(Response.pairs)
        case 0x74: return word("true") ? .bool(true) : nil
        case 0x66: return word("false") ? .bool(false) : nil
        default: return number().map(Response.number)
        }
    }

    private mutating func texts() -> [String]? {
        index += 1
        var items: [String] = []
        skipSpace()
        if peek(0x5D) {
            index += 1
            return items
        }
        while true {
            skipSpace()
            guard let item = text(), let close = separator(close: 0x5D) else { return nil }
            items.append(item)
            if close { return items }
        }
    }

    mutating func skipSpace() {
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
    }

    /// True for the four bytes JSON allows between tokens.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// After a member: true at the closing bracket, false at a comma, nil at anything else.
    private mutating func separator(close: UInt8) -> Bool? {
        skipSpace()
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        index += 1
        return byte == close ? true : byte == 0x2C ? false : nil
    }

    private mutating func word(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count,
            UnsafeBufferPointer(start: text.utf8Start, count: count).elementsEqual(bytes[index..<(index + count)])
        else { return false }
        index += count
        return true
    }
}
