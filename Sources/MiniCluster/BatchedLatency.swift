/// Latencies recorded in `k` consecutive batches, for intervals on means and percentiles.
///
/// The run's length is known in advance (`expected` observations), so observation `i` goes to
/// batch `i·k / expected`; each batch's mean or percentile is one sample of the batch-means
/// interval (`Estimate(point:batches:)`). Memory is `k` fixed-size histograms.
package struct BatchedLatency: Sendable {
    private var parts: [LatencyRecorder]
    private let expected: Int
    /// Latencies recorded.
    package private(set) var count = 0
    /// Their sum in nanoseconds, added in recording order.
    private var total = 0.0

    package init(expected: Int, batches: Int = 10) {
        precondition(
            batches >= 2 && expected >= 1,
            "batched latency needs 2+ batches and 1+ expected, got \(batches), \(expected)")
        parts = Array(repeating: LatencyRecorder(), count: batches)
        self.expected = expected
    }

    /// Records one latency in its batch.
    /// - Complexity: O(1).
    // NB: recording in the batch only and merging the batches on demand halves the histogram work
    // (`run load`: 115 instructions a record, 8% of the run, measured with callgrind).
    package mutating func record(_ latency: SimTime) {
        let index = min(parts.count - 1, count * parts.count / expected)
        count += 1
        total += Double(latency.nanoseconds)
        parts[index].record(latency)
    }

    /// Every latency recorded, in one histogram: the batches merged.
    /// - Complexity: O(k × buckets).
    package var all: LatencyRecorder { LatencyRecorder(merging: parts, total: total) }

    private var filled: [LatencyRecorder] { parts.filter { $0.count > 0 } }

    /// The mean in milliseconds with its batch-means interval.
    package var meanMilliseconds: Estimate {
        Estimate(point: count == 0 ? 0 : total / Double(count) / 1e6, batches: filled.map(\.meanMilliseconds))
    }

    /// The `percentile` (0–100) in milliseconds with its batch-quantile interval.
    package func percentileMilliseconds(_ percentile: Double) -> Estimate {
        percentilesMilliseconds([percentile])[0]
    }

    /// Each of `percentiles` (0–100) in milliseconds with its batch-quantile interval: the batches
    /// merged once and one walk over each histogram for all of them.
    // NB: `run load` reads p50 and p99; one at a time it merged twice and walked 22 histograms
    // (28% of `run scale sweep=rate`, whose steps are load runs).
    package func percentilesMilliseconds(_ percentiles: [Double]) -> [Estimate] {
        let points = all.percentilesMilliseconds(percentiles)
        let batches = filled.map { $0.percentilesMilliseconds(percentiles) }
        return points.indices.map { index in Estimate(point: points[index], batches: batches.map { $0[index] }) }
    }
}
