import Testing

@testable import MiniCluster

@Suite struct IntSlotTableTests {
    @Test("Seeded runs of sets, lookups and removals give what a Dictionary gives")
    func againstDictionary() {
        for seed in UInt64(1)...20 {
            var random = RandomSource(seed: seed)
            var table = IntSlotTable()
            var reference: [Int: Int] = [:]
            let keyRange = Int(random.next() % 500) + 1
            for step in 0..<4000 {
                let key = Int(random.next() % UInt64(keyRange)) - keyRange / 2
                switch random.next() % 3 {
                case 0:
                    table[key] = step
                    reference[key] = step
                case 1: #expect(table.removeValue(forKey: key) == reference.removeValue(forKey: key), "seed \(seed)")
                default: #expect(table[key] == reference[key], "seed \(seed) step \(step)")
                }
                #expect(table.count == reference.count, "seed \(seed) step \(step)")
            }
            for key in reference.keys { #expect(table[key] == reference[key], "seed \(seed) key \(key)") }
        }
    }
}

@Suite struct LatencyRecorderPercentileTests {
    @Test("Percentiles read through the iterator equal the histogram library's valueAtPercentile")
    func sameAsLibrary() {
        for seed in UInt64(1)...12 {
            var random = RandomSource(seed: seed)
            var recorder = LatencyRecorder()
            for _ in 0..<Int(random.next() % 3000) + 1 {
                recorder.record(.milliseconds(random.unit() * Double(random.next() % 2 == 0 ? 5 : 5000)))
            }
            for percentile in [0, 0.001, 1, 25, 50, 90, 95, 99, 99.9, 99.99, 100] {
                #expect(
                    recorder.nanoseconds(atPercentile: percentile)
                        == recorder.histogram.valueAtPercentile(percentile), "seed \(seed) p\(percentile)")
            }
            let all: [Double] = [99.9, 0, 50, 100, 1, 99, 50, 25]
            #expect(
                recorder.nanoseconds(atPercentiles: all) == all.map(recorder.histogram.valueAtPercentile),
                "seed \(seed)")
        }
    }
}
