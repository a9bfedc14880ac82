import Terminal

/// Walks Markdown lines once, telling headings from fenced blocks (```lab, ```mermaid, others).
struct FenceScanner {
    struct Heading {
        let index: Int
        let level: Int
        let number: String
        let title: String
    }

    struct Block {
        let line: Int
        let lines: [(text: String, line: Int)]

        func block(file: String) -> LabBlock {
            let commands = lines.filter {
                !$0.text.trimmingCharacters(in: .whitespaces).isEmpty
                    && !$0.text.trimmingCharacters(in: .whitespaces).hasPrefix("#")
            }
            return LabBlock(
                commands: commands.map { .init(text: $0.text.trimmingCharacters(in: .whitespaces), line: $0.line) },
                file: file, line: line)
        }

        func diagram(section: String) -> LessonDiagram {
            let named = lines.lazy.compactMap { Self.name(in: $0.text) }.first
            return LessonDiagram(
                name: named ?? "", section: section,
                source: lines.map(\.text).joined(separator: "\n"))
        }

        /// `%% name: scale-out` names a diagram.
        static func name(in line: String) -> String? {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("%%") else { return nil }
            let body = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
            guard body.hasPrefix("name:") else { return nil }
            return body.dropFirst(5).trimmingCharacters(in: .whitespaces)
        }
    }

    var headings: [Heading] = []
    var labBlocks: [Block] = []
    var diagrams: [Block] = []

    static func scan(_ lines: [String]) -> FenceScanner {
        var scanner = FenceScanner()
        var fence: (marker: String, info: String, start: Int, body: [(text: String, line: Int)])?
        for (index, line) in lines.enumerated() {
            // NB: only a line led by ` ~ or # can open or close a fence or be a heading; trimming just those
            // halves the course load (callgrind, release: 54M of 111M instructions were this scan).
            let lead = line.utf8.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
            let significant = lead.map { "`~#".utf8.contains($0) } ?? false
            let trimmed = significant ? line.trimmingSpaces() : ""
            if var open = fence {
                if trimmed.hasPrefix(open.marker) && trimmed.allSatisfy({ $0 == open.marker.first }) {
                    scanner.close(info: open.info, start: open.start, body: open.body)
                    fence = nil
                } else {
                    open.body.append((line, index + 1))
                    fence = open
                }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let marker = String(trimmed.prefix { $0 == trimmed.first })
                let info = trimmed.dropFirst(marker.count).trimmingCharacters(in: .whitespaces).lowercased()
                fence = (marker, info, index + 1, [])
            } else if let heading = Self.heading(trimmed, index: index) {
                scanner.headings.append(heading)
            }
        }
        return scanner
    }

    private mutating func close(info: String, start: Int, body: [(text: String, line: Int)]) {
        let block = Block(line: start, lines: body)
        switch info.split(separator: " ").first.map(String.init) {
        case "lab": labBlocks.append(block)
        case "mermaid": diagrams.append(block)
        default: break
        }
    }

    /// `## 2.2 Title` or `# 2. Title`: a heading whose first word is a section number.
    static func heading(_ line: String, index: Int) -> Heading? {
        let level = line.prefix { $0 == "#" }.count
        guard (1...4).contains(level), line.dropFirst(level).first == " " else { return nil }
        let words = line.dropFirst(level).split(separator: " ", maxSplits: 1)
        guard let first = words.first else { return nil }
        let number = first.hasSuffix(".") ? String(first.dropLast()) : String(first)
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        return Heading(
            index: index, level: level, number: number,
            title: words.count > 1 ? String(words[1]).trimmingCharacters(in: .whitespaces) : "")
    }
}
