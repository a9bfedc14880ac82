import Testing

@testable import MiniCluster

@Suite struct RetryPolicyTests {
    let base = 10.0, cap = 1000.0

    func ceiling(_ retry: Int) -> Double { min(cap, base * Double(1 << min(retry, 30))) }

    @Test("Exponential backoff doubles from base and stops at the cap")
    func exponential() {
        var random = RandomSource(seed: 1)
        let delays = (0..<9).map {
            RetryPolicy.exponential.delay(retry: $0, previous: 0, base: base, cap: cap, using: &random)
        }
        #expect(delays == [10, 20, 40, 80, 160, 320, 640, 1000, 1000])
    }

    @Test("No retry policy never retries; immediate retries with no wait")
    func noneAndImmediate() {
        var random = RandomSource(seed: 1)
        #expect(RetryPolicy.none.delay(retry: 0, previous: base, base: base, cap: cap, using: &random) == nil)
        #expect(RetryPolicy.immediate.delay(retry: 5, previous: base, base: base, cap: cap, using: &random) == 0)
    }

    @Test("Jittered delays stay inside their published bounds for every seed and retry")
    func bounds() {
        for seed in UInt64(0)..<200 {
            var random = RandomSource(seed: seed)
            var previous = base
            for retry in 0..<20 {
                let full = RetryPolicy.fullJitter.delay(
                    retry: retry, previous: previous, base: base, cap: cap, using: &random)!
                #expect((0...ceiling(retry)).contains(full), "seed \(seed) retry \(retry): full jitter \(full)")
                let equal = RetryPolicy.equalJitter.delay(
                    retry: retry, previous: previous, base: base, cap: cap, using: &random)!
                #expect(
                    (ceiling(retry) / 2...ceiling(retry)).contains(equal),
                    "seed \(seed) retry \(retry): equal jitter \(equal)")
                let decorrelated = RetryPolicy.decorrelatedJitter.delay(
                    retry: retry, previous: previous, base: base, cap: cap, using: &random)!
                #expect(
                    (base...min(cap, 3 * previous)).contains(decorrelated),
                    "seed \(seed) retry \(retry): decorrelated \(decorrelated) after \(previous)")
                previous = decorrelated
            }
        }
    }

    @Test("Full jitter spreads over its whole range: its mean is half the ceiling")
    func fullJitterMean() {
        var random = RandomSource(seed: 9)
        let samples = (0..<20_000).map { _ in
            RetryPolicy.fullJitter.delay(retry: 3, previous: base, base: base, cap: cap, using: &random)!
        }
        let mean = samples.reduce(0, +) / Double(samples.count)
        #expect(abs(mean - 40) < 1, "mean \(mean)")
    }

    @Test("Policies are named as parameters name them")
    func names() {
        #expect(
            RetryPolicy.allCases.map(\.rawValue) == [
                "none", "immediate", "exponential", "full_jitter", "equal_jitter", "decorrelated_jitter"
            ])
    }
}
