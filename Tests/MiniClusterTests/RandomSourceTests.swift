import Foundation
import Testing

@testable import MiniCluster

@Suite struct RandomSourceTests {
    @Test("The same seed gives the same stream; another seed a different one")
    func determinism() {
        var a = RandomSource(seed: 42)
        var b = RandomSource(seed: 42)
        var c = RandomSource(seed: 43)
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(first != (0..<5).map { _ in c.next() })
    }

    @Test("The stream is pinned: the first value for seed 1 never changes")
    func pinned() {
        var random = RandomSource(seed: 1)
        #expect(random.next() == 0xB3F2_AF6D_0FC7_10C5)
    }

    @Test("Forked streams differ from their parent and are reproducible")
    func fork() {
        var parent = RandomSource(seed: 7)
        var again = RandomSource(seed: 7)
        var child = parent.fork()
        var childAgain = again.fork()
        #expect(child.next() == childAgain.next())
        #expect(parent.next() != child.next())
    }

    @Test(
        "Each distribution's sample mean and variance match its parameters",
        arguments: [Distribution.constant(3), .uniform(2, 6), .exponential(mean: 5), .logNormal(mean: 4, sigma: 0.5)])
    func moments(distribution: Distribution) {
        var random = RandomSource(seed: 11)
        let samples = (0..<200_000).map { _ in distribution.sample(using: &random) }
        let mean = samples.reduce(0, +) / Double(samples.count)
        let variance = samples.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(samples.count - 1)
        #expect(abs(mean - distribution.mean) <= 0.01 * distribution.mean)
        #expect(abs(variance - distribution.variance) <= 0.03 * max(distribution.variance, 1e-9))
        #expect(samples.allSatisfy { $0 >= 0 })
    }

    @Test("Bernoulli trials succeed with the given probability")
    func bernoulli() {
        var random = RandomSource(seed: 3)
        let hits = (0..<100_000).filter { _ in random.bernoulli(0.3) }.count
        #expect(abs(Double(hits) / 100_000 - 0.3) < 0.005)
    }

    @Test("Zipf frequencies follow the rank law: key k is drawn in proportion to 1/(k+1)^s")
    func zipf() {
        let zipf = ZipfDistribution(count: 1000, exponent: 1.0)
        var random = RandomSource(seed: 5)
        var counts = [Int](repeating: 0, count: 1000)
        for _ in 0..<300_000 { counts[zipf.sample(using: &random)] += 1 }
        for rank in [0, 1, 4, 9] {
            let expected = zipf.probability(of: rank) * 300_000
            #expect(abs(Double(counts[rank]) - expected) < 0.03 * expected, "rank \(rank)")
        }
        #expect(abs(Double(counts[0]) / Double(counts[9]) - 10) < 0.6)
    }

    @Test("A shared Zipf distribution draws what a new one with its parameters draws; other parameters get their own")
    func sharedZipf() {
        for (count, exponent) in [(1000, 1.0), (50, 0.5), (1000, 1.0), (7, 2.5), (1000, 0.99), (1, 1.0), (50, 0.5)] {
            let shared = ZipfDistribution.shared(count: count, exponent: exponent)
            let new = ZipfDistribution(count: count, exponent: exponent)
            #expect(shared.count == count && shared.exponent == exponent)
            var a = RandomSource(seed: UInt64(count))
            var b = a
            #expect((0..<2000).map { _ in shared.sample(using: &a) } == (0..<2000).map { _ in new.sample(using: &b) })
            #expect((0..<count).allSatisfy { shared.probability(of: $0) == new.probability(of: $0) })
        }
    }
}
