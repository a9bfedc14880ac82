import LabText

extension SimDirective {
    /// Sets the line's attributes on every edge from a caller to a callee; each pair must be a solid
    /// edge from a server to an external API, the calls a worker of the server waits on.
    func applyToEdges(_ edges: inout [DesignEdge], nodes: [DesignNode], index: [String: Int], reader: DesignReader)
        throws(DesignError)
    {
        guard !callers.isEmpty, !callees.isEmpty else {
            throw reader.error(
                line: line, column: (callers.first ?? callees.first)?.column ?? 1,
                Localized(
                    en: "an edge line names callers, -->, then callees", ko: "간선 줄은 호출하는 노드, -->, 호출받는 노드 순서입니다"),
                fix: "%% sim App1 App2 --> Pay: timeout=500ms")
        }
        for caller in try resolve(callers, in: index, reader: reader) {
            for callee in try resolve(callees, in: index, reader: reader) {
                let edge = try edgeIndex(from: caller, to: callee, edges: edges, nodes: nodes, reader: reader)
                var policy = edges[edge].policy ?? EdgePolicy()
                try apply(to: &policy, reader: reader)
                edges[edge].policy = policy
            }
        }
    }

    private func edgeIndex(
        from caller: Int, to callee: Int, edges: [DesignEdge], nodes: [DesignNode],
        reader: DesignReader
    ) throws(DesignError) -> Int {
        let from = nodes[caller].id
        let to = nodes[callee].id
        let column = callees.first?.column ?? 1
        guard let found = edges.firstIndex(where: { $0.from == caller && $0.to == callee && !$0.async }) else {
            throw reader.error(
                line: line, column: column,
                Localized(
                    en: "there is no solid edge \(from) --> \(to) in the flowchart",
                    ko: "순서도에 실선 간선 \(from) --> \(to)가 없습니다"),
                fix: "\(from) --> \(to)   (draw the call first)")
        }
        guard nodes[caller].kind == .app, nodes[callee].kind == .external else {
            throw reader.error(
                line: line, column: column,
                Localized(
                    en:
                        "timeout, retry and breaker apply to a server's calls to an external API; \(from) is \(nodes[caller].kind.rawValue), "
                        + "\(to) is \(nodes[callee].kind.rawValue)",
                    ko:
                        "timeout, retry, breaker는 서버가 외부 API를 부르는 간선에만 씁니다. \(from)은(는) \(nodes[caller].kind.rawValue), "
                        + "\(to)은(는) \(nodes[callee].kind.rawValue)입니다"),
                fix: "%% sim \(to): external   (or put the line on an App --> API edge)")
        }
        return found
    }

    private func apply(to policy: inout EdgePolicy, reader: DesignReader) throws(DesignError) {
        let names = EdgeAttributeSpec.all.map(\.name)
        for word in attributes {
            let parts = word.text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let spec = EdgeAttributeSpec.named(parts[0]) else {
                let name = parts.first ?? word.text
                var error = reader.error(
                    line: line, column: word.column,
                    Localized(
                        en: "unknown edge attribute '\(name)'", ko: "간선에 없는 속성 '\(name)'"),
                    fix: "an edge takes: " + names.joined(separator: ", "))
                error.suggest(name, among: names)
                throw error
            }
            do throws(AttributeValueError) {
                spec.apply(&policy, try AttributeValueReader.read(parts[1], as: spec.value))
            } catch {
                throw valueError(
                    word, name: spec.name, value: parts[1], reason: error.reason, example: spec.example, reader: reader)
            }
        }
    }
}
