/// What a node of a design is; the simulator gives each kind its behaviour and defaults.
package enum NodeKind: String, CaseIterable, Sendable {
    case users, dns, lb, cdn, cache, app, primary, replica, queue, worker, external

    /// Kinds a `%% sim` line may name, aliases included.
    package static func named(_ word: String) -> NodeKind? {
        let lowered = word.lowercased()
        if let kind = NodeKind(rawValue: lowered) { return kind }
        let aliases: [String: NodeKind] = [
            "server": .app, "service": .app, "db": .primary, "database": .primary,
            "master": .primary, "slave": .replica, "client": .users, "clients": .users,
            "redis": .cache, "memcached": .cache, "kafka": .queue, "rabbitmq": .queue,
            "api": .external, "balancer": .lb, "load_balancer": .lb
        ]
        return aliases[lowered]
    }

    /// Words of a label that name a kind, checked in this order (the first match wins).
    static let labelWords: [(kind: NodeKind, words: [String])] = [
        (.users, ["user", "client", "customer", "browser", "mobile", "사용자", "클라이언트", "고객"]),
        (.dns, ["dns"]),
        (.lb, ["load balancer", "load-balancer", "balancer", "lb", "nginx", "haproxy", "로드 밸런서", "로드밸런서"]),
        (.cdn, ["cdn", "edge"]),
        (.cache, ["cache", "redis", "memcached", "캐시"]),
        (.queue, ["queue", "kafka", "rabbitmq", "sqs", "큐"]),
        (.worker, ["worker", "consumer", "워커"]),
        (.primary, ["master", "primary", "마스터"]),
        (.replica, ["slave", "replica", "secondary", "read db", "슬레이브", "복제"]),
        (.external, ["external", "payment", "provider", "third", "외부", "결제"]),
        (.app, ["server", "app", "service", "web", "api", "서버"]),
        (.primary, ["database", "db", "mysql", "postgres", "데이터베이스"])
    ]

    /// The kind a label and shape suggest, or nil when neither names one.
    ///
    ///     NodeKind.infer(label: "Master DB", database: true)   // .primary
    ///     NodeKind.infer(label: "Server 1", database: false)   // .app
    package static func infer(label: String, database: Bool) -> NodeKind? {
        let words = label.lowercased()
        for entry in labelWords where entry.words.contains(where: { contains(words, word: $0) }) {
            return entry.kind
        }
        return database ? .primary : nil
    }

    /// Whether `word` appears in `text` as a word (short latin words like `lb` must stand alone).
    private static func contains(_ text: String, word: String) -> Bool {
        guard word.count <= 3, word.allSatisfy(\.isASCII) else { return text.contains(word) }
        let tokens = text.split { !$0.isLetter && !$0.isNumber }
        return tokens.contains { $0 == word || ($0.hasPrefix(word) && $0.dropFirst(word.count).allSatisfy(\.isNumber)) }
    }

    /// Kinds that serve requests with workers and a queue (the others only pass requests on).
    package var serves: Bool {
        switch self {
        case .users, .dns, .lb, .queue: return false
        default: return true
        }
    }

    /// Every kind's name, for messages.
    package static let names = allCases.map(\.rawValue).joined(separator: ", ")

    /// Kinds that hold data a read can be answered from.
    package var isStore: Bool { self == .primary || self == .replica }
}
