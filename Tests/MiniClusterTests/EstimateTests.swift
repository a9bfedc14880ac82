import Testing

@testable import MiniCluster

@Suite struct EstimateTests {
    @Test("The t quantile matches the table at 1 and 9 degrees of freedom, the expansion beyond 30, and tends to 1.96")
    func tQuantile() {
        #expect(Estimate.tQuantile975(degreesOfFreedom: 1) == 12.706)
        #expect(Estimate.tQuantile975(degreesOfFreedom: 9) == 2.262)
        #expect(abs(Estimate.tQuantile975(degreesOfFreedom: 40) - 2.021) < 0.001)
        #expect(abs(Estimate.tQuantile975(degreesOfFreedom: 10_000) - 1.960) < 0.001)
    }

    @Test("Three batches 9, 10, 11 give the half-width t(2) · 1 / √3")
    func batches() {
        let estimate = Estimate(point: 10, batches: [9, 10, 11])
        #expect(abs(estimate.halfWidth - 4.303 / 3.0.squareRoot()) < 1e-9)
        #expect(Estimate(point: 3, batches: [3]).halfWidth == 0)
    }

    @Test("Intervals that share a point overlap; disjoint ones do not")
    func overlap() {
        #expect(Estimate(mean: 10, halfWidth: 1).overlaps(Estimate(mean: 11.5, halfWidth: 0.5)))
        #expect(!Estimate(mean: 10, halfWidth: 1).overlaps(Estimate(mean: 12.5, halfWidth: 1)))
    }

    @Test("Batch means keep between k and 2k batches and cover the true mean of exponential draws")
    func batchMeans() {
        var random = RandomSource(seed: 7)
        var means = BatchMeans(batches: 10)
        for _ in 0..<100_000 { means.add(Distribution.exponential(mean: 2).sample(using: &random)) }
        let estimate = means.estimate
        #expect(means.count == 100_000)
        #expect(estimate.lower < 2 && 2 < estimate.upper, "\(estimate)")
        #expect(estimate.relativeHalfWidth < 0.03)
    }

    @Test("Batched latency gives an interval around the whole run's percentile")
    func batchedLatency() {
        var random = RandomSource(seed: 3)
        var latency = BatchedLatency(expected: 20_000)
        for _ in 0..<20_000 { latency.record(.milliseconds(Distribution.exponential(mean: 1).sample(using: &random))) }
        let p99 = latency.percentileMilliseconds(99)
        #expect(p99.halfWidth > 0)
        #expect(p99.lower < 4.605 && 4.605 < p99.upper, "\(p99)")  // −ln(0.01) ms
    }
}
