import MiniCluster

/// One attribute a `%% sim` line may set: its name, the kinds that take it, and how to read it.
struct AttributeSpec: Sendable {
    enum Value: Sendable {
        case count(ClosedRange<Int>)
        /// A duration such as `8ms`, `2s`, `500us`, `720h`, in seconds.
        case duration(ClosedRange<Double>)
        /// A duration, or `none` (read as 0: no limit).
        case durationOrNone(ClosedRange<Double>)
        /// A fraction such as `5%` or `0.05`.
        case share
        /// A rate such as `800/s`.
        case rate(ClosedRange<Double>)
        case number(ClosedRange<Double>)
        case choice([String])
        case word
    }

    let name: String
    let kinds: Set<NodeKind>
    let value: Value
    let example: String
    let apply: @Sendable (inout NodeSettings, ParsedValue) -> Void

    /// A value read from a `%% sim` line.
    enum ParsedValue: Sendable {
        case integer(Int)
        case real(Double)
        case text(String)
        var real: Double {
            switch self {
            case .integer(let value): return Double(value)
            case .real(let value): return value
            case .text: return 0
            }
        }
        var integer: Int {
            if case .integer(let value) = self { return value }
            return Int(real)
        }
        var text: String {
            if case .text(let value) = self { return value }
            return ""
        }
    }

    static let served: Set<NodeKind> = Set(NodeKind.allCases.filter(\.serves))
    static let everything: Set<NodeKind> = Set(NodeKind.allCases)

    static let all: [AttributeSpec] = [
        .init(name: "workers", kinds: served, value: .count(1...100_000), example: "workers=16") {
            $0.workers = $1.integer
        },
        .init(name: "service", kinds: served, value: .duration(0.000_001...60), example: "service=8ms") {
            $0.service = $1.real
        },
        .init(name: "queue", kinds: served, value: .count(0...1_000_000), example: "queue=1000") {
            $0.queue = $1.integer
        },
        .init(name: "timeout", kinds: [.app], value: .duration(0.001...600), example: "timeout=500ms") {
            $0.timeout = $1.real
        },
        .init(
            name: "policy", kinds: [.lb, .dns], value: .choice(Balancer.Policy.allCases.map(\.rawValue)),
            example: "policy=least_conn"
        ) { $0.policy = Balancer.Policy(rawValue: $1.text)! },
        .init(name: "detect", kinds: [.lb, .dns], value: .duration(0...3_600), example: "detect=2s") {
            $0.detect = $1.real
        },
        .init(name: "size", kinds: [.cache, .cdn], value: .share, example: "size=5%") { $0.size = $1.real },
        .init(
            name: "mode", kinds: [.replica], value: .choice(ReplicationMode.allCases.map(\.rawValue)),
            example: "mode=semi-sync"
        ) {
            $0.replication = ReplicationMode(rawValue: $1.text)!
        },
        .init(name: "rtt", kinds: [.replica], value: .duration(0...10), example: "rtt=2ms") { $0.rtt = $1.real },
        .init(name: "ack_timeout", kinds: [.replica], value: .duration(0.001...3_600), example: "ack_timeout=10s") {
            $0.ackTimeout = $1.real
        },
        .init(name: "apply", kinds: [.replica], value: .rate(1...10_000_000), example: "apply=800/s") {
            $0.apply = $1.real
        },
        .init(name: "mtbf", kinds: everything, value: .duration(1...1e9), example: "mtbf=720h") {
            $0.mtbf = $1.real / 3_600
        },
        .init(name: "mttr", kinds: everything, value: .duration(1...1e7), example: "mttr=1h") {
            $0.mttr = $1.real / 3_600
        },
        .init(name: "cost", kinds: everything, value: .number(0...100_000), example: "cost=0.2") { $0.cost = $1.real },
        .init(name: "region", kinds: everything, value: .word, example: "region=us-east") { $0.region = $1.text }
    ]

    static func named(_ name: String) -> AttributeSpec? { all.first { $0.name == name } }
}
