/// The block structure of the Markdown the course uses.
package enum MarkdownBlock: Equatable {
    case heading(level: Int, text: String)
    case paragraph(String)
    /// One list item: nesting depth, marker (`•` or `3.`), text.
    case listItem(depth: Int, marker: String, text: String)
    case table(header: [String], alignments: [TextLayout.Alignment], rows: [[String]])
    case quote([String])
    /// `> [!NOTE]` and friends: kind and body lines.
    case callout(kind: String, lines: [String])
    case code(language: String, lines: [String])
    case rule

    var isListItem: Bool {
        if case .listItem = self { return true }
        return false
    }

    /// Splits Markdown into blocks, line by line.
    package static func parse(_ markdown: String) -> [MarkdownBlock] {
        var parser = MarkdownBlockParser(
            lines: markdown.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init))
        return parser.parse()
    }
}

/// The line-by-line reader behind `MarkdownBlock.parse`.
struct MarkdownBlockParser {
    let lines: [String]
    var index = 0
    var blocks: [MarkdownBlock] = []
    var paragraph: [String] = []

    init(lines: [String]) { self.lines = lines }

    mutating func parse() -> [MarkdownBlock] {
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty {
                flush()
                index += 1
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                fence(String(trimmed))
            } else if let heading = Self.heading(String(trimmed)) {
                flush()
                blocks.append(heading)
                index += 1
            } else if trimmed.hasPrefix(">") {
                flush()
                quote()
            } else if trimmed.hasPrefix("|") {
                flush()
                table()
            } else if Self.isRule(String(trimmed)) {
                flush()
                blocks.append(.rule)
                index += 1
            } else if let item = Self.listItem(line) {
                flush()
                index += 1
                blocks.append(continued(item))
            } else {
                paragraph.append(String(trimmed))
                index += 1
            }
        }
        flush()
        return blocks
    }

    private mutating func flush() {
        if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
        paragraph = []
    }

    /// Joins the indented lines that continue a list item's text.
    private mutating func continued(_ item: MarkdownBlock) -> MarkdownBlock {
        guard case .listItem(let depth, let marker, var text) = item else { return item }
        while index < lines.count, lines[index].hasPrefix(" "), Self.listItem(lines[index]) == nil {
            let trimmed = lines[index].trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("```") || trimmed.hasPrefix(">") || trimmed.hasPrefix("|") { break }
            text += " " + trimmed
            index += 1
        }
        return .listItem(depth: depth, marker: marker, text: text)
    }

    private mutating func fence(_ opening: String) {
        let marker = String(opening.prefix { $0 == opening.first })
        let language = opening.dropFirst(marker.count).trimmingSpaces()
        var body: [String] = []
        index += 1
        while index < lines.count, !(lines[index].drop { $0 == " " }.hasPrefix(marker)) {
            body.append(lines[index])
            index += 1
        }
        index += 1
        blocks.append(.code(language: language.lowercased(), lines: body))
    }

    private mutating func quote() {
        var body: [String] = []
        while index < lines.count, lines[index].drop(while: { $0 == " " }).hasPrefix(">") {
            body.append(String(lines[index].drop { $0 == " " }.dropFirst()).trimmingSpaces())
            index += 1
        }
        if let first = body.first, first.hasPrefix("[!"), let close = first.firstIndex(of: "]") {
            let kind = String(first[first.index(first.startIndex, offsetBy: 2)..<close]).uppercased()
            let rest = String(first[first.index(after: close)...]).trimmingSpaces()
            blocks.append(.callout(kind: kind, lines: (rest.isEmpty ? [] : [rest]) + body.dropFirst()))
        } else {
            blocks.append(.quote(body))
        }
    }

    private mutating func table() {
        var rows: [[String]] = []
        while index < lines.count, lines[index].drop(while: { $0 == " " }).hasPrefix("|") {
            rows.append(Self.cells(lines[index]))
            index += 1
        }
        guard rows.count >= 2, rows[1].allSatisfy({ $0.allSatisfy { "-:| ".contains($0) } && !$0.isEmpty }) else {
            blocks.append(.paragraph(rows.map { $0.joined(separator: " | ") }.joined(separator: " ")))
            return
        }
        let alignments = rows[1].map { cell -> TextLayout.Alignment in
            cell.hasPrefix(":") && cell.hasSuffix(":") ? .center : cell.hasSuffix(":") ? .right : .left
        }
        blocks.append(.table(header: rows[0], alignments: alignments, rows: Array(rows.dropFirst(2))))
    }

    static func cells(_ line: String) -> [String] {
        var text = line.trimmingSpaces()
        if text.hasPrefix("|") { text.removeFirst() }
        if text.hasSuffix("|") { text.removeLast() }
        return text.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
    }

    static func heading(_ line: String) -> MarkdownBlock? {
        let level = line.prefix { $0 == "#" }.count
        guard (1...6).contains(level), line.dropFirst(level).first == " " else { return nil }
        return .heading(level: level, text: String(line.dropFirst(level)).trimmingSpaces())
    }

    static func isRule(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        return compact.count >= 3 && (Set(compact) == ["-"] || Set(compact) == ["*"] || Set(compact) == ["_"])
    }

    static func listItem(_ line: String) -> MarkdownBlock? {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        for bullet in ["- ", "* ", "+ "] where rest.hasPrefix(bullet) {
            return .listItem(depth: indent / 2, marker: "•", text: String(rest.dropFirst(2)).trimmingSpaces())
        }
        let digits = rest.prefix { $0.isNumber }
        if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(". ") {
            return .listItem(
                depth: indent / 2, marker: digits + ".", text: String(rest.dropFirst(digits.count + 2)).trimmingSpaces()
            )
        }
        return nil
    }
}
