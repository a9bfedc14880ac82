/// The lines of one GIFT item (a run of non-blank lines), comment lines set aside.
struct GIFTBlock: Sendable, Hashable {
    var lines: [GIFTLine]
    /// Comment lines inside the block, without the `//`, for tags such as `[weight:2]`.
    var comments: [GIFTLine]

    /// The blocks of a GIFT file: a UTF-8 BOM is dropped, LF, CRLF and CR all end lines.
    static func blocks(in text: String) -> [GIFTBlock] {
        var blocks: [GIFTBlock] = []
        var current = GIFTBlock(lines: [], comments: [])
        for line in lines(of: text) {
            if line.text.isEmpty {
                if !current.lines.isEmpty { blocks.append(current) }
                current = GIFTBlock(lines: [], comments: [])
            } else if line.text.hasPrefix("//") {
                current.comments.append(line)
            } else {
                current.lines.append(line)
            }
        }
        if !current.lines.isEmpty { blocks.append(current) }
        return blocks
    }

    private static func lines(of text: String) -> [GIFTLine] {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let raw = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return raw.enumerated().map { index, original in
            let leading = original.prefix(while: \.isWhitespace).count
            return GIFTLine(
                number: index + 1, original: String(original),
                text: original.trimmingWhitespace, firstColumn: leading + 1)
        }
    }

    /// The value of a `[name:value]` tag in the block's comment lines, with the line it is on.
    func tag(_ name: String) -> (value: String, line: GIFTLine)? {
        for line in comments {
            guard let open = line.text.range(of: "[\(name):"),
                let close = line.text[open.upperBound...].firstIndex(of: "]")
            else { continue }
            return (line.text[open.upperBound..<close].trimmingWhitespace, line)
        }
        return nil
    }
}
