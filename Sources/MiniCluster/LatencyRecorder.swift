import Histogram

/// Latencies in an HDR histogram: fixed memory, three significant digits, from 1 µs to one hour.
public struct LatencyRecorder: Sendable {
    @usableFromInline var histogram = Histogram<UInt64>(lowestDiscernibleValue: 1_000, highestTrackableValue: 3_600_000_000_000,
                                              numberOfSignificantValueDigits: .three)
    @usableFromInline var total: Double = 0

    public init() {}

    /// Records one latency; values outside the range are clamped into it.
    /// - Complexity: O(1).
    @inlinable
    public mutating func record(_ latency: SimTime) {
        let clamped = min(max(latency.nanoseconds, 1_000), 3_600_000_000_000)
        _ = histogram.record(UInt64(clamped))
        total += Double(latency.nanoseconds)
    }

    package var count: Int { Int(histogram.totalCount) }

    /// The exact mean, in milliseconds (0 when nothing was recorded).
    package var meanMilliseconds: Double { count == 0 ? 0 : total / Double(count) / 1e6 }

    /// The latency at `percentile` (0–100), in milliseconds (0 when nothing was recorded).
    package func percentileMilliseconds(_ percentile: Double) -> Double {
        count == 0 ? 0 : Double(histogram.valueAtPercentile(percentile)) / 1e6
    }

    /// The largest latency recorded, in milliseconds.
    package var maxMilliseconds: Double { count == 0 ? 0 : Double(histogram.max) / 1e6 }

    /// Counts of latencies in `edges`-bounded buckets (milliseconds), for a histogram chart.
    package func bucketCounts(edgesMilliseconds edges: [Double]) -> [Int] {
        zip(edges, edges.dropFirst()).map { low, high in
            let lowNs = UInt64(max(low * 1e6, 0)), highNs = UInt64(max(high * 1e6, 0))
            return highNs > lowNs ? Int(histogram.count(within: lowNs...(highNs - 1))) : 0
        }
    }
}
