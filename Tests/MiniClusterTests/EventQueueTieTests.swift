import MiniCluster
import Testing

@Suite struct EventQueueTieTests {
    @Test("Across 500 seeds, events scheduled for the same time come out in the order they were pushed")
    func sameTimeKeepsInsertionOrder() {
        for seed: UInt64 in 1...500 {
            var random = RandomSource(seed: seed)
            var queue = EventQueue<Int>()
            var pushed: [(time: Int64, event: Int)] = []
            for event in 0..<Int(20 + random.next() % 200) {
                let time = Int64(random.next() % 4)  // few distinct times: mostly ties
                _ = queue.push(event, at: SimTime(nanoseconds: time))
                pushed.append((time, event))
            }
            var popped: [(time: Int64, event: Int)] = []
            while let entry = queue.pop() { popped.append((entry.time.nanoseconds, entry.event)) }
            // A stable sort by time alone is the reference: equal times keep their push order.
            let expected = (Int64(0)..<4).flatMap { time in pushed.filter { $0.time == time } }
            #expect(popped.map(\.event) == expected.map(\.event), "seed \(seed)")
            #expect(popped.map(\.time) == expected.map(\.time), "seed \(seed)")
        }
    }
}
