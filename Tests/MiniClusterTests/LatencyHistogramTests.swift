import Histogram
import Testing

@testable import MiniCluster

@Suite struct LatencyHistogramTests {
    /// The library's histogram with the recorder's bounds.
    static func reference() -> Histogram<UInt64> {
        Histogram<UInt64>(
            lowestDiscernibleValue: 1_000, highestTrackableValue: 3_600_000_000_000,
            numberOfSignificantValueDigits: .three)
    }

    /// Latencies from 1 ns to past an hour, clamped as the recorder clamps them; a few runs of one value.
    static func latencies(seed: UInt64) -> [Int64] {
        var random = RandomSource(seed: seed)
        let count = Int(random.next() % 5000) + 1
        return (0..<count).map { _ in
            switch random.next() % 5 {
            case 0: return Int64(random.next() % 3000)  // below 1 µs and around it
            case 1: return Int64(random.unit() * 5e6)  // up to 5 ms
            case 2: return Int64(random.unit() * 5e9)  // up to 5 s
            case 3: return Int64(random.unit() * 4e12)  // up to past an hour
            default: return 1_000_000 + Int64(seed)
            }
        }
    }

    @Test("Percentiles, min, max and bucket counts equal HdrHistogram's over seeded latencies")
    func sameAsLibrary() {
        for seed in UInt64(1)...40 {
            var recorder = LatencyRecorder()
            var reference = Self.reference()
            for latency in Self.latencies(seed: seed) {
                recorder.record(SimTime(nanoseconds: latency))
                reference.record(UInt64(min(max(latency, 1_000), 3_600_000_000_000)))
            }
            let percentiles: [Double] = [0, 0.001, 1, 25, 50, 90, 95, 99, 99.9, 99.99, 99.9999, 100, 50, 1]
            #expect(
                recorder.nanoseconds(atPercentiles: percentiles) == percentiles.map(reference.valueAtPercentile),
                "seed \(seed)")
            for percentile in percentiles {
                #expect(
                    recorder.nanoseconds(atPercentile: percentile) == reference.valueAtPercentile(percentile),
                    "seed \(seed) p\(percentile)")
            }
            #expect(recorder.histogram.min == reference.min, "seed \(seed)")
            #expect(recorder.histogram.max == reference.max, "seed \(seed)")
            #expect(recorder.count == Int(reference.totalCount), "seed \(seed)")
            var random = RandomSource(seed: seed &+ 1000)
            for _ in 0..<50 {
                let low = UInt64(random.unit() * 4e9)
                let high = low + UInt64(random.unit() * 4e9)
                #expect(
                    recorder.histogram.count(within: low...high) == reference.count(within: low...high),
                    "seed \(seed) \(low)...\(high)")
            }
        }
    }

    @Test("Every bucket's index, lowest and highest value are the library's, up to one hour")
    func sameBuckets() {
        var value: UInt64 = 0
        let reference = Self.reference()
        while value <= 3_600_000_000_000 {
            let index = LatencyHistogram.index(of: value)
            #expect(index >= 0 && index < LatencyHistogram().counts.count, "value \(value)")
            #expect(
                LatencyHistogram.highestEquivalent(LatencyHistogram.value(at: index))
                    == reference.highestEquivalentForValue(value), "value \(value)")
            #expect(LatencyHistogram.value(at: index) == reference.lowestEquivalentForValue(value), "value \(value)")
            value = value < 4096 ? value + 1 : value + value / 997
        }
    }

    @Test("An empty recorder reads 0 at every percentile, as the library does")
    func empty() {
        let recorder = LatencyRecorder()
        #expect(recorder.nanoseconds(atPercentiles: [0, 50, 100]) == [0, 0, 0])
        #expect(recorder.histogram.max == 0 && recorder.histogram.min == 0)
    }

    @Test("Merged recorders count what one recorder of all the latencies counts")
    func merging() {
        let latencies = Self.latencies(seed: 7)
        var whole = LatencyRecorder()
        var parts = [LatencyRecorder](repeating: LatencyRecorder(), count: 3)
        for (index, latency) in latencies.enumerated() {
            whole.record(SimTime(nanoseconds: latency))
            parts[index % 3].record(SimTime(nanoseconds: latency))
        }
        let merged = LatencyRecorder(merging: parts, total: 0)
        #expect(merged.histogram.counts == whole.histogram.counts)
        #expect(
            merged.nanoseconds(atPercentiles: [0, 50, 99, 100]) == whole.nanoseconds(atPercentiles: [0, 50, 99, 100]))
    }
}
