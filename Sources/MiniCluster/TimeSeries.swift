/// A value sampled per virtual interval, for charts: memory grows with run length / interval only.
package struct TimeSeries: Sendable {
    package let interval: SimTime
    private(set) var sums: [Double] = []
    private(set) var counts: [Int] = []

    package init(interval: SimTime) {
        precondition(interval.nanoseconds > 0, "a time series needs a positive interval, got \(interval)")
        self.interval = interval
    }

    /// Adds `value` to the bucket of `time`.
    /// - Complexity: amortised O(1).
    package mutating func add(_ value: Double, at time: SimTime) {
        let bucket = Int(time.nanoseconds / interval.nanoseconds)
        if bucket >= sums.count {
            sums.append(contentsOf: repeatElement(0, count: bucket - sums.count + 1))
            counts.append(contentsOf: repeatElement(0, count: bucket - counts.count + 1))
        }
        sums[bucket] += value
        counts[bucket] += 1
    }

    /// `(bucket start in seconds, mean of the values in it)`; empty buckets are skipped.
    package var means: [(time: Double, value: Double)] {
        sums.indices.compactMap { index in
            counts[index] == 0 ? nil : (Double(index) * interval.seconds, sums[index] / Double(counts[index]))
        }
    }

    /// `(bucket start in seconds, sum of the values in it)`, every bucket up to `end`.
    package func sums(until end: SimTime) -> [(time: Double, value: Double)] {
        let buckets = Int((end.nanoseconds + interval.nanoseconds - 1) / interval.nanoseconds)
        return (0..<buckets).map { index in (Double(index) * interval.seconds, index < sums.count ? sums[index] : 0) }
    }
}
