/// Latencies recorded whole and in `k` consecutive batches, for intervals on means and percentiles.
///
/// The run's length is known in advance (`expected` observations), so observation `i` goes to
/// batch `i·k / expected`; each batch's mean or percentile is one sample of the batch-means
/// interval (`Estimate(point:batches:)`). Memory is `k + 1` fixed-size histograms.
package struct BatchedLatency: Sendable {
    package private(set) var all = LatencyRecorder()
    private var parts: [LatencyRecorder]
    private let expected: Int

    package init(expected: Int, batches: Int = 10) {
        precondition(
            batches >= 2 && expected >= 1,
            "batched latency needs 2+ batches and 1+ expected, got \(batches), \(expected)")
        parts = Array(repeating: LatencyRecorder(), count: batches)
        self.expected = expected
    }

    /// Records one latency in the whole and in its batch.
    /// - Complexity: O(1).
    package mutating func record(_ latency: SimTime) {
        let index = min(parts.count - 1, all.count * parts.count / expected)
        all.record(latency)
        parts[index].record(latency)
    }

    private var filled: [LatencyRecorder] { parts.filter { $0.count > 0 } }

    /// The mean in milliseconds with its batch-means interval.
    package var meanMilliseconds: Estimate {
        Estimate(point: all.meanMilliseconds, batches: filled.map(\.meanMilliseconds))
    }

    /// The `percentile` (0–100) in milliseconds with its batch-quantile interval.
    package func percentileMilliseconds(_ percentile: Double) -> Estimate {
        Estimate(
            point: all.percentileMilliseconds(percentile), batches: filled.map { $0.percentileMilliseconds(percentile) }
        )
    }
}
