import LabText

/// Reads a design file: a Mermaid flowchart plus `%% sim` lines.
package enum DesignParser {
    /// Limits that keep a hostile or mistaken file from hanging the lab.
    package static let maxBytes = 10 * 1_024 * 1_024
    package static let maxNodes = 10_000
    static let maxLineLength = 10_000

    /// Parses raw bytes (checked for size and UTF-8 first).
    package static func parse(bytes: [UInt8], file: String) throws(DesignError) -> Design {
        guard bytes.count <= maxBytes else {
            throw DesignError(
                file: file, line: 1, column: 1, sourceLine: "",
                message: Localized(
                    en: "the file has \(bytes.count) bytes; a design may have at most \(maxBytes)",
                    ko: "파일이 \(bytes.count)바이트입니다. 설계 파일은 최대 \(maxBytes)바이트입니다"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidByte(bytes)
            throw DesignError(
                file: file, line: line, column: column, sourceLine: "",
                message: Localized(
                    en: "the file is not valid UTF-8 (byte \(column) of line \(line))",
                    ko: "파일이 올바른 UTF-8이 아닙니다 (\(line)번째 줄의 \(column)번째 바이트)"),
                note: Localized(en: "save the file as UTF-8", ko: "파일을 UTF-8로 저장하세요"))
        }
        return try parse(text, file: file)
    }

    /// Parses the text of a design.
    package static func parse(_ text: String, file: String) throws(DesignError) -> Design {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        var reader = DesignReader(file: file, lines: lines)
        try reader.readHeader()
        try reader.readStatements()
        let design = try reader.finish(source: text)
        try DesignValidator(design: design, lines: lines).validate()
        return design
    }

    /// The 1-based line and byte column of the first byte that is not UTF-8.
    static func firstInvalidByte(_ bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length =
                byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let valid =
                length > 0 && index + length <= bytes.count
                && bytes[(index + 1)..<(index + length)].allSatisfy { $0 >> 6 == 0b10 }
                && String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil
            if !valid { return (line, index - lineStart + 1) }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return (line, index - lineStart + 1)
    }
}
