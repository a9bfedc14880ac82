import Histogram

/// Latencies in an HDR histogram: fixed memory, three significant digits, from 1 µs to one hour.
public struct LatencyRecorder: Sendable {
    /// The range recorded, in nanoseconds: 1 µs to one hour.
    @usableFromInline static var lowest: Int64 { 1_000 }
    @usableFromInline static var highest: Int64 { 3_600_000_000_000 }

    @usableFromInline var histogram = Histogram<UInt64>(
        lowestDiscernibleValue: UInt64(lowest), highestTrackableValue: UInt64(highest),
        numberOfSignificantValueDigits: .three)
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
        _ = histogram.record(UInt64(clamped))
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

    /// `Histogram.valueAtPercentile`, the same value computed through the library's inlinable iterator.
    // NB: the library's own scan is not inlinable, so it walks every bucket through generic witnesses
    // (about 100 instructions a bucket, 60% of a `queue` sweep). The iterator sums count × value in a
    // UInt64, which cannot overflow below 5 million latencies of at most an hour; above, the library's.
    package func nanoseconds(atPercentile percentile: Double) -> UInt64 {
        nanoseconds(atPercentiles: [percentile])[0]
    }

    /// `nanoseconds(atPercentile:)` for each of `percentiles`, in one walk of the recorded values
    /// (each percentile's count target is met in ascending order, so one pass finds them all).
    package func nanoseconds(atPercentiles percentiles: [Double]) -> [UInt64] {
        var values = [UInt64](repeating: 0, count: percentiles.count)
        var pending: [(target: UInt64, index: Int)] = []
        for (index, percentile) in percentiles.enumerated() {
            guard percentile != 0, percentile < 100, histogram.totalCount < 5_000_000 else {
                values[index] = histogram.valueAtPercentile(percentile)
                continue
            }
            let requested = min(max(percentile.nextDown, 0), 100)
            pending.append((max(1, UInt64((requested * Double(histogram.totalCount) / 100).rounded(.up))), index))
        }
        pending.sort { ($0.target, $0.index) < ($1.target, $1.index) }
        var next = 0
        for step in histogram.recordedValues() {
            while next < pending.count, step.totalCountToThisValue >= pending[next].target {
                values[pending[next].index] = max(min(step.value, histogram.maxRecorded), histogram.min)
                next += 1
            }
            if next == pending.count { break }
        }
        return values
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
