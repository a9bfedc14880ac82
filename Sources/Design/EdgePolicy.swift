import MiniCluster

/// How one node calls another over a solid edge: a timeout, retries with backoff under a budget, and
/// a circuit breaker, set by `%% sim App --> Pay: timeout=500ms retry=jitter breaker=50%` (`timeout=none`
/// waits for ever). A server's worker waits for a call over a guarded edge, as a thread-per-request
/// server does, so a slow dependency without a timeout holds every worker.
///
/// The policies come from MiniCluster (`RetryPolicy`, `CircuitBreaker`), the same ones the retry and
/// breaker experiments use; a call ends when its callee has done its own part.
package struct EdgePolicy: Sendable, Hashable {
    /// Seconds the caller waits for an answer (0: for ever).
    package var timeout: Double = 0
    package var retry: RetryPolicy = .none
    /// Tries in all, the first included.
    package var attempts: Int = 3
    /// The first backoff and its cap, in seconds.
    package var backoff: Double = 0.05
    package var backoffCap: Double = 2
    /// Retries may be at most this share of the calls over the edge, plus ten to start (a retry budget).
    package var budget: Double = 0.2
    /// The breaker's settings, when the edge has one.
    package var breaker: CircuitBreakerConfiguration?

    package init() {}

    /// Whether a failed call may be tried again: tries left, and the edge within its retry budget.
    func mayRetry(tries: Int, calls: Int, retries: Int) -> Bool {
        retry != .none && tries < attempts && Double(retries) < budget * Double(calls) + 10
    }

    /// A breaker with Resilience4j's defaults scaled to a lab run: a count window of 20 calls,
    /// judged from 10, open for 5 s, 3 trial calls.
    static func breaker(threshold: Double) -> CircuitBreakerConfiguration {
        CircuitBreakerConfiguration(
            window: .count(20), minimumCalls: 10, failureRateThreshold: threshold,
            waitInOpen: .seconds(5), permittedInHalfOpen: 3)
    }
}

/// One attribute an edge's `%% sim` line may set.
struct EdgeAttributeSpec: Sendable {
    let name: String
    let value: AttributeSpec.Value
    let example: String
    let apply: @Sendable (inout EdgePolicy, AttributeSpec.ParsedValue) -> Void

    static let retryNames =
        ["none", "immediate", "exponential", "jitter"]
        + RetryPolicy.allCases.map(\.rawValue).filter {
            !["none", "immediate", "exponential"].contains($0)
        }

    static let all: [EdgeAttributeSpec] = [
        .init(name: "timeout", value: .durationOrNone(0.001...600), example: "timeout=500ms") {
            $0.timeout = $1.real
        },
        .init(name: "retry", value: .choice(retryNames), example: "retry=jitter") {
            $0.retry = $1.text == "jitter" ? .fullJitter : RetryPolicy(rawValue: $1.text)!
        },
        .init(name: "attempts", value: .count(1...10), example: "attempts=3") { $0.attempts = $1.integer },
        .init(name: "backoff", value: .duration(0.000_001...60), example: "backoff=50ms") {
            $0.backoff = $1.real
            $0.backoffCap = max($0.backoffCap, $1.real)
        },
        .init(name: "budget", value: .share, example: "budget=20%") { $0.budget = $1.real },
        .init(name: "breaker", value: .share, example: "breaker=50%") { policy, value in
            let wait = policy.breaker?.waitInOpen ?? .seconds(5)
            policy.breaker = EdgePolicy.breaker(threshold: value.real)
            policy.breaker?.waitInOpen = wait
        },
        .init(name: "wait", value: .duration(0.001...3_600), example: "wait=5s") { policy, value in
            if policy.breaker == nil { policy.breaker = EdgePolicy.breaker(threshold: 0.5) }
            policy.breaker?.waitInOpen = .seconds(value.real)
        }
    ]

    static func named(_ name: String) -> EdgeAttributeSpec? { all.first { $0.name == name } }
}
