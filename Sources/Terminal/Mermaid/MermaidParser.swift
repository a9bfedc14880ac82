import Foundation

/// Reads the Mermaid the course uses: `graph`/`flowchart` and `stateDiagram-v2`.
enum MermaidParser {
    /// Why a diagram could not be read.
    struct Failure: Error, Equatable {
        let line: Int
        let reason: String
    }

    static func parse(_ source: String) throws(Failure) -> MermaidGraph {
        let lines = source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
            .map { $0.trimmingSpaces() }
        guard let headerIndex = lines.firstIndex(where: { !$0.isEmpty && !$0.hasPrefix("%%") }) else {
            throw Failure(line: 1, reason: "empty diagram")
        }
        let header = lines[headerIndex].split(separator: " ").map(String.init)
        switch header.first?.lowercased() {
        case "graph", "flowchart":
            var graph = MermaidGraph(
                direction: try direction(header.count > 1 ? header[1] : "TD", line: headerIndex + 1))
            for (offset, line) in lines.enumerated().dropFirst(headerIndex + 1) {
                try FlowchartStatement.apply(line, to: &graph, line: offset + 1)
            }
            return graph
        case "statediagram-v2", "statediagram":
            var graph = MermaidGraph(direction: .topDown)
            for (offset, line) in lines.enumerated().dropFirst(headerIndex + 1) {
                try StateStatement.apply(line, to: &graph, line: offset + 1)
            }
            return graph
        default:
            throw Failure(line: headerIndex + 1, reason: "unsupported diagram type '\(header.first ?? "")'")
        }
    }

    static func direction(_ text: String, line: Int) throws(Failure) -> MermaidGraph.Direction {
        switch text.uppercased() {
        case "TD", "TB": return .topDown
        case "BT": return .bottomUp
        case "LR": return .leftRight
        case "RL": return .rightLeft
        default: throw Failure(line: line, reason: "unknown direction '\(text)'")
        }
    }

    /// Lines that style or group and do not change the drawing.
    static func isIgnored(_ line: String) -> Bool {
        line.isEmpty || line.hasPrefix("%%")
            || ["style ", "classDef ", "class ", "linkStyle ", "subgraph", "direction "]
                .contains { line.hasPrefix($0) }
            || line == "end"
    }
}

/// One line of a flowchart: node definitions and chains of edges `A -->|x| B -.-> C`.
enum FlowchartStatement {
    static let arrows = ["-.->", "-.-x", "-.-o", "==>", "-->", "--x", "--o", "---", "-.-"]

    static func apply(_ line: String, to graph: inout MermaidGraph, line number: Int) throws(MermaidParser.Failure) {
        guard !MermaidParser.isIgnored(line) else { return }
        var rest = Substring(line.hasSuffix(";") ? String(line.dropLast()) : line)
        var previous = try node(&rest, into: &graph, line: number)
        while true {
            rest = rest.drop { $0 == " " }
            guard !rest.isEmpty else { return }
            guard let (dotted, label, pointed) = arrow(&rest) else {
                throw MermaidParser.Failure(line: number, reason: "expected an arrow such as --> before '\(rest)'")
            }
            rest = rest.drop { $0 == " " }
            let next = try node(&rest, into: &graph, line: number)
            graph.edges.append(.init(from: previous, to: next, label: label, dotted: dotted, arrow: pointed))
            previous = next
        }
    }

    /// Reads `ID`, `ID[text]`, `ID[(text)]`, `ID((text))`, `ID(text)` or `ID{text}` and declares it.
    static func node(_ text: inout Substring, into graph: inout MermaidGraph, line: Int) throws(MermaidParser.Failure)
        -> String
    {
        let id = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" && !text.hasPrefix("--") }
        let cleanID = String(id.prefix { !($0 == "-") } == id ? id : id)
        guard !cleanID.isEmpty else {
            throw MermaidParser.Failure(line: line, reason: "expected a node name at '\(text)'")
        }
        text = text.dropFirst(cleanID.count)
        let shapes: [(open: String, close: String, shape: MermaidGraph.Shape)] = [
            ("[(", ")]", .database), ("((", "))", .circle), ("([", "])", .rounded), ("[[", "]]", .box),
            ("[", "]", .box),
            ("(", ")", .rounded), ("{", "}", .decision), (">", "]", .box)
        ]
        for candidate in shapes where text.hasPrefix(candidate.open) {
            let body = text.dropFirst(candidate.open.count)
            guard let close = lastClose(of: candidate.close, in: body) else {
                throw MermaidParser.Failure(
                    line: line, reason: "'\(candidate.open)' of node \(cleanID) is not closed with '\(candidate.close)'"
                )
            }
            let label = String(body[..<close]).trimmingSpaces().trimmingQuotes()
            text = body[body.index(close, offsetBy: candidate.close.count)...]
            graph.declare(cleanID, label: label, shape: candidate.shape)
            return cleanID
        }
        graph.declare(cleanID, label: nil, shape: nil)
        return cleanID
    }

    /// The closing bracket of a label: the first one followed by an arrow, spaces or the end.
    static func lastClose(of close: String, in body: Substring) -> Substring.Index? {
        var search = body.startIndex
        while let range = body[search...].range(of: close) {
            let after = body[range.upperBound...].drop { $0 == " " }
            if after.isEmpty || arrows.contains(where: { after.hasPrefix($0) }) || after.hasPrefix("--")
                || after.hasPrefix(";")
            {
                return range.lowerBound
            }
            search = range.upperBound
        }
        return nil
    }

    /// Reads an arrow and its optional `|label|` or `-- label -->` text.
    static func arrow(_ text: inout Substring) -> (dotted: Bool, label: String, pointed: Bool)? {
        if text.hasPrefix("--"), !arrows.contains(where: { text.hasPrefix($0) }),
            let end = text.dropFirst(2).range(of: "-->")
        {
            let label = String(text[text.index(text.startIndex, offsetBy: 2)..<end.lowerBound]).trimmingSpaces()
            text = text[end.upperBound...]
            return (false, label, true)
        }
        guard let arrow = arrows.first(where: { text.hasPrefix($0) }) else { return nil }
        text = text.dropFirst(arrow.count)
        var label = ""
        if text.hasPrefix("|"), let close = text.dropFirst().firstIndex(of: "|") {
            label = String(text[text.index(after: text.startIndex)..<close]).trimmingSpaces()
            text = text[text.index(after: close)...]
        }
        return (arrow.contains("."), label, arrow != "---" && arrow != "-.-")
    }
}

/// One line of a state diagram: `[*] --> A`, `A --> B : label`, `state "Text" as A`.
enum StateStatement {
    static func apply(_ line: String, to graph: inout MermaidGraph, line number: Int) throws(MermaidParser.Failure) {
        guard !MermaidParser.isIgnored(line), !line.hasPrefix("note"), line != "}" else { return }
        if line.hasPrefix("state ") {
            let words = line.dropFirst(6).trimmingSpaces()
            if let asRange = words.range(of: " as ") {
                graph.declare(
                    String(words[asRange.upperBound...]).trimmingSpaces(),
                    label: String(words[..<asRange.lowerBound]).trimmingSpaces().trimmingQuotes(), shape: .rounded)
            }
            return
        }
        guard let arrow = line.range(of: "-->") else {
            let id = line.split(separator: ":").first.map { String($0).trimmingSpaces() } ?? line
            graph.declare(id, label: nil, shape: .rounded)
            return
        }
        let from = String(line[..<arrow.lowerBound]).trimmingSpaces()
        var target = String(line[arrow.upperBound...])
        var label = ""
        if let colon = target.firstIndex(of: ":") {
            label = String(target[target.index(after: colon)...]).trimmingSpaces()
            target = String(target[..<colon])
        }
        let to = target.trimmingSpaces()
        guard !from.isEmpty, !to.isEmpty else {
            throw MermaidParser.Failure(line: number, reason: "a transition needs two states")
        }
        let fromID = from == "[*]" ? "[*]start" : from
        let toID = to == "[*]" ? "[*]end" : to
        graph.declare(fromID, label: from == "[*]" ? "" : nil, shape: from == "[*]" ? .start : .rounded)
        graph.declare(toID, label: to == "[*]" ? "" : nil, shape: to == "[*]" ? .end : .rounded)
        graph.edges.append(.init(from: fromID, to: toID, label: label, dotted: false))
    }
}

extension StringProtocol {
    func trimmingQuotes() -> String {
        let text = String(self)
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return text }
        return String(text.dropFirst().dropLast())
    }
}
