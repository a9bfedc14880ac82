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
