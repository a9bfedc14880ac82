import LabText

extension SimDirective {
    /// Sets the line's attributes on every edge from a caller to a callee; each pair must be a solid
    /// (synchronous) edge to a node that serves: a server, a cache, a database or an external API.
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
        guard let found = edges.firstIndex(where: { $0.from == caller && $0.to == callee }) else {
            throw reader.error(
                line: line, column: column,
                Localized(
                    en: "there is no solid edge \(from) --> \(to) in the flowchart",
                    ko: "순서도에 실선 간선 \(from) --> \(to)가 없습니다"),
                fix: "\(from) --> \(to)", note: Localized(en: "draw the call first", ko: "호출을 먼저 그리세요"))
        }
        guard !edges[found].async else {
            throw reader.error(
                line: line, column: column,
                Localized(
                    en: "\(from) -.-> \(to) is asynchronous (replication, enqueue): nobody waits on it, so "
                        + "timeout, retry and breaker make no sense there",
                    ko: "\(from) -.-> \(to)은(는) 비동기 간선(복제, 큐 넣기)이라 기다리는 쪽이 없으므로 "
                        + "timeout, retry, breaker를 쓸 수 없습니다"),
                fix: "%% sim App --> \(to): timeout=500ms",
                note: Localized(en: "put the line on a solid call edge", ko: "실선 호출 간선에 쓰세요"))
        }
        try requireWork(at: nodes[callee], from: from, column: column, reader: reader)
        return found
    }

    /// A guarded call must reach a node that works on it: one that only passes requests on or
    /// queues them returns at once and has nothing to time out.
    private func requireWork(at callee: DesignNode, from: String, column: Int, reader: DesignReader)
        throws(DesignError)
    {
        let to = callee.id
        let kind = callee.kind
        guard kind.serves, kind != .queue else {
            throw reader.error(
                line: line, column: column,
                Localized(
                    en: "\(to) is \(kind.rawValue): it only passes requests on or queues them, so a call to it "
                        + "returns at once and has nothing to time out",
                    ko: "\(to)은(는) \(kind.rawValue)(으)로 요청을 넘기거나 큐에 넣기만 하므로 호출이 바로 끝나 "
                        + "시간 초과를 걸 대상이 없습니다"),
                fix: "%% sim \(from) --> NEXT: timeout=500ms",
                note: Localized(
                    en: "guard the call to the server or store behind \(to)", ko: "\(to) 뒤의 서버나 저장소 호출에 거세요"))
        }
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
                    note: Localized(
                        en: "an edge takes: " + names.joined(separator: ", "),
                        ko: "간선에 쓸 수 있는 속성: " + names.joined(separator: ", ")))
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
