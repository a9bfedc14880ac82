import Foundation
import LabText

/// A `%% sim ID [ID ...]: [KIND] key=value ...` line.
struct SimDirective {
    struct Word {
        var text: String
        var column: Int
    }

    let line: Int
    let source: String
    let ids: [Word]
    /// For an edge line, `%% sim App1 App2 --> Pay: timeout=1s`, the callers and the callees (else empty).
    let callers: [Word]
    let callees: [Word]
    let edgeLine: Bool
    let kind: NodeKind?
    let attributes: [Word]

    init(_ text: String, line: Int, indent: Int, reader: DesignReader) throws(DesignError) {
        self.line = line
        self.source = text
        let words = Self.words(text, indent: indent).dropFirst(2)
        guard let colon = words.firstIndex(where: { $0.text.hasSuffix(":") }) else {
            throw reader.error(
                line: line, column: indent + 1,
                Localized(
                    en: "a sim line names nodes, a colon, then a kind and attributes",
                    ko: "sim 줄은 노드 이름, 콜론, 종류와 속성 순서입니다"),
                fix: "%% sim App1 App2: app workers=16 service=8ms")
        }
        var names = Array(words[words.startIndex...colon])
        names[names.count - 1].text.removeLast()
        names = names.filter { !$0.text.isEmpty }
        let arrow = names.firstIndex { $0.text == "-->" || $0.text == "-.->" }
        ids = arrow == nil ? names : []
        callers = arrow.map { Array(names[..<$0]) } ?? []
        callees = arrow.map { Array(names[($0 + 1)...]) } ?? []
        edgeLine = arrow != nil
        var rest = Array(words[(colon + 1)...])
        if arrow != nil, let first = rest.first(where: { !$0.text.contains("=") }) {
            throw reader.error(
                line: line, column: first.column,
                Localized(
                    en: "an edge line takes key=value attributes only, not '\(first.text)'",
                    ko: "간선 줄에는 key=value 속성만 씁니다 ('\(first.text)' 불가)"),
                fix: "%% sim App1 --> Pay: timeout=500ms retry=jitter breaker=50%")
        }
        kind = try Self.leadingKind(&rest, line: line, reader: reader)
        attributes = rest
    }

    /// The kind that opens a node line's attributes (taken off `rest`), or nil when it names none.
    private static func leadingKind(_ rest: inout [Word], line: Int, reader: DesignReader) throws(DesignError)
        -> NodeKind?
    {
        guard let first = rest.first, !first.text.contains("=") else { return nil }
        let kinds = NodeKind.allCases.map(\.rawValue)
        guard let named = NodeKind.named(first.text) else {
            var error = reader.error(
                line: line, column: first.column,
                Localized(
                    en: "unknown kind '\(first.text)'", ko: "알 수 없는 종류 '\(first.text)'"),
                note: Localized(
                    en: "kinds: " + kinds.joined(separator: ", "), ko: "종류: " + kinds.joined(separator: ", ")))
            error.suggest(first.text, among: kinds)
            throw error
        }
        rest.removeFirst()
        return named
    }

    /// The nodes the line names, each checked to exist.
    func targets(in nodes: [String: Int], reader: DesignReader) throws(DesignError) -> [Int] {
        try resolve(ids, in: nodes, reader: reader)
    }

    /// The nodes `words` name, each checked to exist.
    func resolve(_ words: [Word], in nodes: [String: Int], reader: DesignReader) throws(DesignError) -> [Int] {
        var found: [Int] = []
        for id in words {
            guard let index = nodes[id.text] else {
                var error = reader.error(
                    line: line, column: id.column,
                    Localized(
                        en: "no node '\(id.text)' in the flowchart", ko: "순서도에 노드 '\(id.text)'가 없습니다"),
                    fix: "\(id.text)[\(id.text)] --> …",
                    note: Localized(en: "declare it in the flowchart first", ko: "먼저 순서도에 선언하세요"))
                error.suggest(id.text, among: nodes.keys.sorted())
                throw error
            }
            found.append(index)
        }
        return found
    }

    /// Sets each attribute on `node`, checking that its kind takes it and that the value is in range.
    func apply(to node: inout DesignNode, reader: DesignReader) throws(DesignError) {
        for word in attributes {
            let parts = word.text.split(separator: "=", maxSplits: 1).map(String.init)
            let names = AttributeSpec.all.filter { $0.kinds.contains(node.kind) }.map(\.name)
            guard parts.count == 2, let spec = AttributeSpec.named(parts[0]), spec.kinds.contains(node.kind) else {
                let name = parts.first ?? word.text
                var error = reader.error(
                    line: line, column: word.column,
                    Localized(
                        en: "unknown attribute '\(name)' for \(node.kind.rawValue)",
                        ko: "\(node.kind.rawValue)에 없는 속성 '\(name)'"),
                    note: Localized(
                        en: "\(node.kind.rawValue) takes: " + names.joined(separator: ", "),
                        ko: "\(node.kind.rawValue)에 쓸 수 있는 속성: " + names.joined(separator: ", ")))
                error.suggest(name, among: names)
                throw error
            }
            do throws(AttributeValueError) {
                spec.apply(&node.settings, try AttributeValueReader.read(parts[1], as: spec.value))
            } catch {
                throw valueError(
                    word, name: spec.name, value: parts[1], reason: error.reason, example: spec.example, reader: reader)
            }
        }
    }

    /// A value out of range or of the wrong form, pointing at the value, with the line fixed by an example.
    func valueError(_ word: Word, name: String, value: String, reason: Localized, example: String, reader: DesignReader)
        -> DesignError
    {
        reader.error(
            line: line, column: word.column + name.count + 1,
            Localized(
                en: "\(name)=\(value): \(reason.en)", ko: "\(name)=\(value): \(reason.ko)"),
            fix: source.replacingFirst(word.text, with: example))
    }

    /// Words with their 1-based columns.
    static func words(_ text: String, indent: Int) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = 0
        for (offset, character) in text.enumerated() {
            if character == " " || character == "\t" {
                if !current.isEmpty {
                    words.append(Word(text: current, column: start + indent + 1))
                    current = ""
                }
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(Word(text: current, column: start + indent + 1)) }
        return words
    }
}

extension String {
    /// The text with the first `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
