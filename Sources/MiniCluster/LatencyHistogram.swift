/// Counts of latencies in nanoseconds in HdrHistogram's log-linear buckets for 1 µs to one hour at
/// three significant digits: the same buckets, values and percentiles as the library's
/// `Histogram(lowestDiscernibleValue: 1_000, highestTrackableValue: 3_600_000_000_000,
/// numberOfSignificantValueDigits: .three)`, which the tests check against it.
///
/// NB: the library's percentile scan is not inlinable and its iterator costs about 700 instructions a
/// recorded value (21% of `run scale sweep=rate`, callgrind); here a percentile is a plain sum over
/// the counts.
@usableFromInline
struct LatencyHistogram: Sendable {
    // The library's layout for these bounds: unit magnitude ⌊log2 1000⌋ = 9; 2 × 10³ values at unit
    // resolution round up to 2^11 sub-buckets (half count 2^10); 23 buckets reach one hour.
    @usableFromInline static var unitMagnitude: Int { 9 }
    @usableFromInline static var subBucketHalfCountMagnitude: Int { 10 }
    @usableFromInline static var subBucketHalfCount: Int { 1 << subBucketHalfCountMagnitude }
    @usableFromInline static var subBucketCount: Int { 2 << subBucketHalfCountMagnitude }
    @usableFromInline static var subBucketMask: UInt64 { UInt64(subBucketCount - 1) << unitMagnitude }
    @usableFromInline static var leadingZeroCountBase: Int { 64 - unitMagnitude - subBucketHalfCountMagnitude - 1 }
    static var bucketCount: Int { 23 }

    /// Counts per bucket: 32 bits, since no run records 4 billion latencies (half the memory to zero and merge).
    @usableFromInline var counts = [UInt32](repeating: 0, count: (bucketCount + 1) * subBucketHalfCount)
    @usableFromInline var totalCount: UInt64 = 0
    @usableFromInline var maxValue: UInt64 = 0
    @usableFromInline var minNonZeroValue = UInt64.max

    @usableFromInline init() {}

    /// Counts `value`, which must lie in the recorded range.
    @inlinable
    mutating func record(_ value: UInt64) {
        let index = Self.index(of: value)
        counts.withUnsafeMutableBufferPointer { $0[index] &+= 1 }
        totalCount &+= 1
        if value > maxValue { maxValue = value }
        if value < minNonZeroValue, value != 0 { minNonZeroValue = value }
    }

    /// Adds the counts of `other`.
    mutating func add(_ other: LatencyHistogram) {
        counts.withUnsafeMutableBufferPointer { counts in
            other.counts.withUnsafeBufferPointer { added in
                for index in counts.indices { counts[index] &+= added[index] }
            }
        }
        totalCount &+= other.totalCount
        maxValue = Swift.max(maxValue, other.maxValue)
        minNonZeroValue = Swift.min(minNonZeroValue, other.minNonZeroValue)
    }

    @inlinable
    static func bucket(of value: UInt64) -> Int { leadingZeroCountBase - (value | subBucketMask).leadingZeroBitCount }

    @inlinable
    static func index(of value: UInt64) -> Int {
        let bucket = bucket(of: value)
        let subBucket = Int(value >> (bucket + unitMagnitude))
        return ((bucket + 1) << subBucketHalfCountMagnitude) + subBucket - subBucketHalfCount
    }

    /// The lowest value counted at `index`.
    static func value(at index: Int) -> UInt64 {
        var bucket = (index >> subBucketHalfCountMagnitude) - 1
        var subBucket = (index & (subBucketHalfCount - 1)) + subBucketHalfCount
        if bucket < 0 {
            subBucket -= subBucketHalfCount
            bucket = 0
        }
        return UInt64(subBucket) << (bucket + unitMagnitude)
    }

    /// The highest value counted with `value`.
    static func highestEquivalent(_ value: UInt64) -> UInt64 {
        let bucket = bucket(of: value)
        let subBucket = Int(value >> (bucket + unitMagnitude))
        let lowest = UInt64(subBucket) << (bucket + unitMagnitude)
        let size = UInt64(1) << (unitMagnitude + (subBucket >= subBucketCount ? bucket + 1 : bucket))
        return lowest + size - 1
    }

    /// The smallest value recorded, as the library reports it (0 when the first bucket holds any).
    var min: UInt64 { counts[0] > 0 || totalCount == 0 ? 0 : minNonZeroValue }
    /// The highest value counted with the largest recorded (0 when nothing was).
    var max: UInt64 { maxValue == 0 ? 0 : Self.highestEquivalent(maxValue) }

    /// The library's `valueAtPercentile` of each of `percentiles` (0–100), in one pass over the counts.
    func values(atPercentiles percentiles: [Double]) -> [UInt64] {
        var values = [UInt64](repeating: 0, count: percentiles.count)
        var pending: [(target: UInt64, index: Int)] = []
        for (index, percentile) in percentiles.enumerated() {
            if percentile == 0 {
                values[index] = min
            } else if percentile >= 100 {
                values[index] = maxValue
            } else {
                // One ulp below, rounded up, at least the first value: the library's count at the percentile.
                let requested = Swift.min(Swift.max(percentile.nextDown, 0), 100)
                pending.append((Swift.max(1, UInt64((requested * Double(totalCount) / 100).rounded(.up))), index))
            }
        }
        pending.sort { ($0.target, $0.index) < ($1.target, $1.index) }
        var next = 0
        var total: UInt64 = 0
        // NB: a block of counts whose sum stays below the next target is skipped whole (the sum
        // vectorises); walking every count to a p99 of seconds was 8% of `run scale sweep=rate`.
        let block = Self.subBucketHalfCount
        counts.withUnsafeBufferPointer { counts in
            var start = 0
            while next < pending.count, start < counts.count {
                let end = Swift.min(start + block, counts.count)
                var sum: UInt64 = 0
                for position in start..<end { sum &+= UInt64(counts[position]) }
                if total &+ sum < pending[next].target {
                    total &+= sum
                    start = end
                    continue
                }
                for position in start..<end {
                    total &+= UInt64(counts[position])
                    while next < pending.count, total >= pending[next].target {
                        values[pending[next].index] = Swift.max(
                            Swift.min(Self.highestEquivalent(Self.value(at: position)), maxValue), min)
                        next += 1
                    }
                }
                start = end
            }
        }
        return values
    }

    /// How many values were counted in the buckets from `range.lowerBound`'s to `range.upperBound`'s.
    func count(within range: ClosedRange<UInt64>) -> UInt64 {
        let low = Self.index(of: range.lowerBound)
        let high = Swift.min(Self.index(of: range.upperBound), counts.count - 1)
        return low > high ? 0 : counts[low...high].reduce(0) { $0 &+ UInt64($1) }
    }
}
