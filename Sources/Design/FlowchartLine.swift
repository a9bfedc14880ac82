import LabText

/// Reads one flowchart statement, `A[Label] --> B[(Store)] -.-> C`, keeping each node's column.
struct FlowchartLine {
    struct NodeRef {
        var id: String
        var label: String?
        var database: Bool
        var column: Int
    }
    struct Link {
        var from: Int
        var to: Int
        var dotted: Bool
        var column: Int
    }

    private let characters: [Character]
    private var index = 0
    private(set) var nodes: [NodeRef] = []
    private(set) var links: [Link] = []

    /// Arrows of Mermaid flowcharts, longest first so `-.->` is not read as `-.-`.
    static let arrows = ["-.->", "-.-x", "-.-o", "==>", "-->", "--x", "--o", "---", "-.-", "~~~"]
    /// Shapes as (open, close, is a database).
    static let shapes: [(String, String, Bool)] = [
        ("[(", ")]", true), ("((", "))", false), ("([", "])", false), ("[[", "]]", false), ("{{", "}}", false),
        ("[/", "/]", false), ("[\\", "\\]", false), ("[", "]", false), ("(", ")", false), ("{", "}", false),
        (">", "]", false)
    ]

    /// Parses `text`; `fail` builds the error for a column and a message.
    init(_ text: String, fail: (Int, Localized, String?) -> DesignError) throws(DesignError) {
        characters = Array(text.hasSuffix(";") ? String(text.dropLast()) : text)
        var previous = try node(fail)
        while skipSpaces() {
            let column = index + 1
            guard let dotted = arrow() else {
                throw fail(
                    column, Localized(en: "expected an arrow such as --> or -.->", ko: "--> 또는 -.-> 같은 화살표가 와야 합니다"),
                    nil)
            }
            _ = skipSpaces()
            let next = try node(fail)
            links.append(Link(from: previous, to: next, dotted: dotted, column: column))
            previous = next
        }
    }

    /// Skips spaces; false at the end of the line.
    private mutating func skipSpaces() -> Bool {
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        return index < characters.count
    }

    private func hasPrefix(_ text: String) -> Bool {
        let wanted = Array(text)
        return index + wanted.count <= characters.count && Array(characters[index..<index + wanted.count]) == wanted
    }

    /// Reads an arrow with its optional `|label|` or `-- label -->`; returns whether it is dotted.
    private mutating func arrow() -> Bool? {
        if hasPrefix("--"), !Self.arrows.contains(where: hasPrefix), let end = find("-->", from: index + 2) {
            index = end + 3
            return false
        }
        guard let arrow = Self.arrows.first(where: hasPrefix) else { return nil }
        index += arrow.count
        if index < characters.count, characters[index] == "|", let close = find("|", from: index + 1) {
            index = close + 1
        }
        return arrow.contains(".")
    }

    private func find(_ text: String, from start: Int) -> Int? {
        let wanted = Array(text)
        guard start + wanted.count <= characters.count else { return nil }
        return (start...(characters.count - wanted.count)).first { Array(characters[$0..<$0 + wanted.count]) == wanted }
    }

    /// Reads `ID` or `ID<open>label<close>` and returns its index in `nodes`.
    private mutating func node(_ fail: (Int, Localized, String?) -> DesignError) throws(DesignError) -> Int {
        let start = index
        while index < characters.count,
            characters[index].isLetter || characters[index].isNumber || characters[index] == "_"
                || (characters[index] == "-" && !hasPrefix("--") && !hasPrefix("-."))
        { index += 1 }
        guard index > start else {
            throw fail(start + 1, Localized(en: "expected a node name", ko: "노드 이름이 와야 합니다"), nil)
        }
        var ref = NodeRef(id: String(characters[start..<index]), label: nil, database: false, column: start + 1)
        for (open, close, database) in Self.shapes where hasPrefix(open) {
            guard let end = labelEnd(close, from: index + open.count) else {
                throw fail(
                    index + 1,
                    Localized(
                        en: "'\(open)' of node \(ref.id) is not closed with '\(close)'",
                        ko: "노드 \(ref.id)의 '\(open)'를 '\(close)'로 닫아야 합니다"), nil)
            }
            let label = String(characters[(index + open.count)..<end]).trimmingCharacters(in: " ")
            ref.label =
                label.count >= 2 && label.first == "\"" && label.last == "\""
                ? String(label.dropFirst().dropLast()) : label
            ref.database = database
            index = end + close.count
            break
        }
        nodes.append(ref)
        return nodes.count - 1
    }

    /// The closing bracket of a label: the first one followed by spaces, an arrow or the end.
    private func labelEnd(_ close: String, from start: Int) -> Int? {
        var search = start
        while let found = find(close, from: search) {
            var after = found + close.count
            while after < characters.count, characters[after] == " " { after += 1 }
            if after == characters.count || characters[after] == "-" || characters[after] == "="
                || characters[after] == "~"
            {
                return found
            }
            search = found + 1
        }
        return nil
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
