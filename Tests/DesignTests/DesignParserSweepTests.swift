import Design
import MiniCluster
import Testing

/// A seeded sweep of damaged designs: every one parses or fails with a located error, never a crash.
@Suite struct DesignParserSweepTests {
    static let alphabet = Array("[](){}-.>|:%=\" \nABxy1é한\t;&")

    @Test("Thousands of mutated 2.1 designs either parse (and run) or give an error on a line of the file")
    func mutations() throws {
        let original = Array(
            (DesignParserTests.scaleOut + "\n%% sim LB: lb policy=least_conn detect=2s\n%% sim App1: app workers=8")
                .utf8)
        var random = RandomSource(seed: 42)
        for round in 0..<2_000 {
            var bytes = original
            for _ in 0..<(1 + Int(random.next() % 6)) {
                let at = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes.remove(at: at)
                case 1:
                    bytes.insert(
                        contentsOf: Array(String(Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))]).utf8),
                        at: at)
                default: bytes[at] = UInt8(truncatingIfNeeded: random.next())
                }
            }
            let design: Design
            do {
                design = try DesignParser.parse(bytes: bytes, file: "m.mmd")
            } catch {
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
                #expect((1...lines).contains(error.line) && error.column >= 1, "round \(round): \(error)")
                continue
            }
            #expect(!design.nodes.isEmpty, "round \(round)")
            if round % 20 == 0 {
                let outcome = try DesignRunner.run(
                    design, settings: RunSettings(rate: 500, requests: 1_000, seed: UInt64(round)))
                #expect(outcome.errorRate >= 0 && outcome.errorRate <= 1, "round \(round)")
            }
        }
    }
}
