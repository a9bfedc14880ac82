import Testing

@testable import MiniCluster

@Suite struct EventQueueTests {
    @Test("Interleaved pushes and pops come out in (time, scheduling order), ties included")
    func popsInTimeThenSequenceOrder() {
        var random = RandomSource(seed: 7)
        var queue = EventQueue<Int>()
        var pending: [(time: Int64, sequence: UInt64)] = []
        var popped: [(time: Int64, sequence: UInt64)] = []
        var expected: [(time: Int64, sequence: UInt64)] = []
        for round in 0..<2_000 {
            let time = Int64(random.next() % 50)
            pending.append((time, queue.push(round, at: SimTime(nanoseconds: time))))
            if random.next() % 3 == 0, let entry = queue.pop() {
                let earliest = pending.indices.min {
                    pending[$0].time != pending[$1].time
                        ? pending[$0].time < pending[$1].time : pending[$0].sequence < pending[$1].sequence
                }!
                expected.append(pending.remove(at: earliest))
                popped.append((entry.time.nanoseconds, entry.sequence))
                #expect(Int(entry.sequence) == entry.event)
            }
        }
        while let entry = queue.pop() { popped.append((entry.time.nanoseconds, entry.sequence)) }
        expected += pending.sorted { $0.time != $1.time ? $0.time < $1.time : $0.sequence < $1.sequence }
        #expect(popped.map(\.time) == expected.map(\.time))
        #expect(popped.map(\.sequence) == expected.map(\.sequence))
        #expect(queue.isEmpty && queue.nextTime == nil)
    }
}
