/// Latencies recorded in `k` consecutive batches, for intervals on means and percentiles.
///
/// The run's length is known in advance (`expected` observations), so observation `i` goes to
/// batch `i·k / expected`; each batch's mean or percentile is one sample of the batch-means
/// interval (`Estimate(point:batches:)`). Memory is `k` fixed-size histograms.
package struct BatchedLatency: Sendable {
    /// The batches that are over, in order (a batch no observation fell in is left out).
    private var finished: [LatencyRecorder] = []
    /// The batch being recorded.
    private var current = LatencyRecorder()
    /// Where the next batch starts: the index of the first observation that falls in it.
    private var nextBatchStart = 0
    private let batches: Int
    private let expected: Int
    /// Latencies recorded.
    package private(set) var count = 0
    /// Their sum in nanoseconds, added in recording order.
    private var total = 0.0

    package init(expected: Int, batches: Int = 10) {
        precondition(
            batches >= 2 && expected >= 1,
            "batched latency needs 2+ batches and 1+ expected, got \(batches), \(expected)")
        self.batches = batches
        self.expected = expected
    }

    /// Records one latency in its batch.
    /// - Complexity: O(1).
    // NB: observations fill the batches in order, so only the current one is written, and the batch
    // changes at a precomputed count: indexing an array of batches and dividing per record was
    // 127 instructions a record (`run load`, callgrind).
    package mutating func record(_ latency: SimTime) {
        if count == nextBatchStart { startBatch() }
        count += 1
        total += Double(latency.nanoseconds)
        current.record(latency)
    }

    /// Starts the batch of observation `count`: batch ⌊count·k / expected⌋ (the last one for any beyond).
    private mutating func startBatch() {
        let index = min(batches - 1, count * batches / expected)
        if current.count > 0 {
            finished.append(current)
            current = LatencyRecorder()
        }
        // The first observation of batch index + 1: the least i with i·k ≥ (index + 1)·expected.
        nextBatchStart = index == batches - 1 ? .max : ((index + 1) * expected + batches - 1) / batches
    }

    /// Every latency recorded, in one histogram: the batches merged.
    /// - Complexity: O(k × buckets).
    package var all: LatencyRecorder { LatencyRecorder(merging: finished + [current], total: total) }

    private var filled: [LatencyRecorder] { current.count > 0 ? finished + [current] : finished }

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
