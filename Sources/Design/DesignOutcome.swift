/// Everything a design run measured and worked out, as data; the shell renders it.
package struct DesignOutcome: Sendable {
    package var design: String
    package var settings: RunSettings
    package var nodes: [NodeResult]
    package var read: ClassResult
    package var write: ClassResult
    /// Requests answered per second, and the share that failed.
    package var throughput: Double
    package var errorRate: Double
    /// Asynchronous jobs lost (an enqueued order dropped by a full queue, a write a dead replica never applied).
    package var lostJobs: Int
    /// Acknowledged writes lost at a failover: those the promoted asynchronous replica had not applied.
    package var lostWrites: Int
    /// Times a primary gave up waiting for semi-sync receipts and went on as async (nil without a semi-sync replica).
    package var semiSyncFallbacks: Int?
    /// What the external calls' timeouts, retries and breakers did.
    package var calls: CallCounts
    /// The most asynchronous jobs a network partition held back at once (nil without a partition).
    package var heldByPartition: Int?
    /// Measured requests that failed because a call crossed the partition (nil without a partition): those
    /// sent before the balancers' health checks noticed, and calls with no other way round.
    package var refusedByPartition: Int?
    package var availability: AvailabilityResult
    /// The same availability found by failing nodes at random (nil for a design too large to simulate).
    package var availabilitySimulated: Estimate?
    package var cost: CostResult
    package var bottleneck: Bottleneck?
    /// Error and latency over time, and node states, when a scenario ran.
    package var timeline: TimelineResult?
    /// Simulated events, and the most requests in flight at once (memory is bounded by it).
    package var events: Int
    package var peakInFlight: Int
}

/// What one node did.
package struct NodeResult: Sendable {
    package var id: String
    package var kind: NodeKind
    /// Busy share of its workers (0 for passing nodes).
    package var utilization: Double
    /// The work offered per worker: arrivals × service time / (workers × time); above 1 it cannot keep up.
    package var offeredLoad: Double
    /// Mean requests waiting, and the mean time a request spent at the node, in milliseconds.
    package var queue: Double
    package var latencyMilliseconds: Double
    package var served: Int
    package var rejected: Int
    /// Hit ratio of a cache (nil for other kinds).
    package var hitRatio: Double?
    /// Up at the end of the run.
    package var up: Bool
    /// The share of the requests it served that were reads.
    package var readShare: Double
}

/// End-to-end latency of one request class, with 95% intervals from batch means.
package struct ClassResult: Sendable {
    package var count: Int
    package var p50: Estimate
    package var p95: Estimate
    package var p99: Estimate
    package var mean: Double
}

/// A number and the half width of its 95% confidence interval.
package struct Estimate: Sendable, Hashable {
    package var value: Double
    package var halfWidth: Double

    /// The batch values' Student-t interval around `value` (9 degrees of freedom for 10 batches).
    package init(value: Double, batches: [Double]) {
        self.value = value
        guard batches.count > 1 else {
            self.halfWidth = 0
            return
        }
        let mean = batches.reduce(0, +) / Double(batches.count)
        let variance = batches.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(batches.count - 1)
        self.halfWidth = 2.262 * (variance / Double(batches.count)).squareRoot()
    }
}

/// The node that limits the design, and what scaling it would take.
package struct Bottleneck: Sendable {
    package var node: String
    package var utilization: Double
    /// Nodes of its tier now, and how many would keep it under `target` utilisation.
    package var tierSize: Int
    package var needed: Int
    package var target: Double
    /// The share of its work that is reads (a cache or replicas help when it is high).
    package var readShare: Double
    package var kind: NodeKind
}

/// Monthly cost and cost per million requests at the run's load.
package struct CostResult: Sendable {
    package var perHour: Double
    package var perMonth: Double
    package var perMillionRequests: Double

    /// 730 hours a month.
    package static let hoursPerMonth = 730.0
}

/// Latency and errors per time bucket, and each node's state changes.
package struct TimelineResult: Sendable {
    package var bucketSeconds: Double
    package var meanLatencyMilliseconds: [Double]
    package var errorRates: [Double]
    /// Per node that changed: its id and (time, state) changes; states are up, slow, down, promoted, cut off.
    package var nodeStates: [(id: String, changes: [(time: Double, state: Int)])]
    /// Per guarded edge with a breaker (`App1 --> DB`): its (time, state) changes; closed 0, open 1, half-open 2.
    package var breakerStates: [(edge: String, changes: [(time: Double, state: Int)])]
}

/// Measured guarded calls that timed out, retries made, and calls an open breaker refused.
package struct CallCounts: Sendable {
    package var timeouts: Int
    package var retries: Int
    package var breakerRejected: Int
    /// Edges with a timeout, retry or breaker.
    package var guardedEdges: Int
}
