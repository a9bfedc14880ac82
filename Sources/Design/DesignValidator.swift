import LabText

/// Checks that a parsed design can run: it has users, no synchronous call loops back, and every
/// read has a store to come from.
struct DesignValidator {
    let design: Design
    let lines: [String]

    func validate() throws(DesignError) {
        guard let users = design.nodes.firstIndex(where: { $0.kind == .users }) else {
            throw error(
                at: design.nodes.first?.position,
                Localized(
                    en: "the design has no users node, so nothing sends requests", ko: "사용자 노드가 없어 요청을 보내는 곳이 없습니다"),
                fix: "User[Users] --> LB[Load Balancer]")
        }
        try checkCycles()
        try checkCacheStores()
        let reached = reachable(from: users)
        guard design.nodes.indices.contains(where: { reached.contains($0) && design.nodes[$0].kind.serves }) else {
            throw error(
                at: design.nodes[users].position,
                Localized(
                    en: "requests from \(design.nodes[users].id) reach no server",
                    ko: "\(design.nodes[users].id)의 요청이 어떤 서버에도 닿지 않습니다"),
                fix: "\(design.nodes[users].id) --> App[Server]")
        }
    }

    /// A loop of solid (synchronous) edges would make a request wait for itself.
    private func checkCycles() throws(DesignError) {
        var state = [UInt8](repeating: 0, count: design.nodes.count)  // 0 new, 1 on the path, 2 done
        let outgoing = synchronousEdges()
        for start in design.nodes.indices where state[start] == 0 {
            var stack: [(node: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = stack.last {
                let edges = outgoing[top.node]
                guard top.next < edges.count else {
                    state[top.node] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = edges[top.next]
                if state[edge.to] == 1 { throw cycle(edge) }
                if state[edge.to] == 0 {
                    state[edge.to] = 1
                    stack.append((edge.to, 0))
                }
            }
        }
    }

    private func cycle(_ edge: DesignEdge) -> DesignError {
        let from = design.nodes[edge.from].id
        let to = design.nodes[edge.to].id
        return error(
            at: edge.position,
            Localized(
                en: "the synchronous call \(from) --> \(to) closes a loop: a request would wait for itself",
                ko: "동기 호출 \(from) --> \(to)가 고리를 만듭니다: 요청이 자기 자신을 기다리게 됩니다"),
            fix: "\(from) -.-> \(to)", note: Localized(en: "a dotted edge is asynchronous", ko: "점선 간선은 비동기입니다"))
    }

    /// An app that reads through a cache needs a store behind it for the misses.
    private func checkCacheStores() throws(DesignError) {
        for app in design.nodes(of: .app) {
            let targets = design.outgoing(app).filter { !$0.async }
            guard let cacheEdge = targets.first(where: { design.nodes[$0.to].kind == .cache }),
                !targets.contains(where: { design.nodes[$0.to].kind.isStore }),
                !design.outgoing(cacheEdge.to).contains(where: { !$0.async && design.nodes[$0.to].kind.isStore })
            else { continue }
            let id = design.nodes[app].id
            throw error(
                at: cacheEdge.position,
                Localized(
                    en: "\(id) reads through a cache but has no database behind it for the misses",
                    ko: "\(id)는 캐시를 거쳐 읽지만 캐시 미스를 받아 줄 데이터베이스가 없습니다"),
                fix: "\(id) --> DB[(Database)]")
        }
    }

    private func synchronousEdges() -> [[DesignEdge]] {
        var outgoing = [[DesignEdge]](repeating: [], count: design.nodes.count)
        for edge in design.edges where !edge.async { outgoing[edge.from].append(edge) }
        return outgoing
    }

    private func reachable(from start: Int) -> Set<Int> {
        var seen: Set<Int> = [start]
        var stack = [start]
        let outgoing = synchronousEdges()
        while let node = stack.popLast() {
            for edge in outgoing[node] where seen.insert(edge.to).inserted { stack.append(edge.to) }
        }
        return seen
    }

    private func error(at position: SourcePosition?, _ message: Localized, fix: String, note: Localized? = nil)
        -> DesignError
    {
        DesignError(
            file: design.file, line: position?.line ?? 1, column: position?.column ?? 1,
            sourceLine: position?.text ?? "", message: message, fix: fix, note: note)
    }
}
