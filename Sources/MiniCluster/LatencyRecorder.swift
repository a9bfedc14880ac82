/// Latencies in an HDR histogram: fixed memory, three significant digits, from 1 µs to one hour.
public struct LatencyRecorder: Sendable {
    /// The range recorded, in nanoseconds: 1 µs to one hour.
    @usableFromInline static var lowest: Int64 { 1_000 }
    @usableFromInline static var highest: Int64 { 3_600_000_000_000 }

    @usableFromInline var histogram = LatencyHistogram()
    @usableFromInline var total: Double = 0

    public init() {}

    /// The latencies of `parts` in one recorder, whose exact sum is `total` (added in recording order).
    package init(merging parts: [LatencyRecorder], total: Double) {
        for part in parts { histogram.add(part.histogram) }
        self.total = total
    }

    /// Records one latency; values outside the range are clamped into it.
    /// - Complexity: O(1).
    @inlinable
    public mutating func record(_ latency: SimTime) {
        let clamped = min(max(latency.nanoseconds, Self.lowest), Self.highest)
        histogram.record(UInt64(clamped))
        total += Double(latency.nanoseconds)
    }

    package var count: Int { Int(histogram.totalCount) }

    /// The exact mean, in milliseconds (0 when nothing was recorded).
    package var meanMilliseconds: Double { count == 0 ? 0 : total / Double(count) / 1e6 }

    /// The latency at `percentile` (0–100), in milliseconds (0 when nothing was recorded).
    package func percentileMilliseconds(_ percentile: Double) -> Double {
        percentilesMilliseconds([percentile])[0]
    }

    /// The latencies at each of `percentiles` (0–100), in milliseconds, in one pass over the histogram.
    package func percentilesMilliseconds(_ percentiles: [Double]) -> [Double] {
        count == 0 ? percentiles.map { _ in 0 } : nanoseconds(atPercentiles: percentiles).map { Double($0) / 1e6 }
    }

    /// The latency at `percentile` (0–100), in nanoseconds: HdrHistogram's `valueAtPercentile`.
    package func nanoseconds(atPercentile percentile: Double) -> UInt64 {
        nanoseconds(atPercentiles: [percentile])[0]
    }

    /// `nanoseconds(atPercentile:)` for each of `percentiles`, in one pass over the histogram.
    package func nanoseconds(atPercentiles percentiles: [Double]) -> [UInt64] {
        histogram.values(atPercentiles: percentiles)
    }

    /// The largest latency recorded, in milliseconds.
    package var maxMilliseconds: Double { count == 0 ? 0 : Double(histogram.max) / 1e6 }

    /// Counts of latencies in `edges`-bounded buckets (milliseconds), for a histogram chart; a bucket
    /// past one hour counts nothing, and the one holding one hour counts the latencies clamped to it.
    package func bucketCounts(edgesMilliseconds edges: [Double]) -> [Int] {
        let end = Double(Self.highest + 1)
        return zip(edges, edges.dropFirst()).map { low, high in
            let lowNs = UInt64(min(max(low * 1e6, 0), end))
            let highNs = UInt64(min(max(high * 1e6, 0), end))
            return highNs > lowNs ? Int(histogram.count(within: lowNs...(highNs - 1))) : 0
        }
    }
}
