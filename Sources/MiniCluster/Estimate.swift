/// A measured mean with its 95% confidence half-width: `mean ± halfWidth`.
///
/// The project estimates intervals by **batch means** within one run rather than by
/// independent replications: one run per report keeps every finding consistent with the
/// numbers it quotes, pays the warm-up once, and costs 1× instead of R×. Consecutive requests
/// are correlated, so observations are grouped into `k` large batches whose means are nearly
/// independent, and the interval is `t(0.975, k-1) · s / √k` over the batch means. A one-shot
/// scenario (the `retry` herd) has no steady state to batch, so it uses `init(samples:)` over
/// independent replications instead.
package struct Estimate: Sendable, Hashable {
    package var mean: Double
    /// Half the width of the 95% interval; 0 for an exact or deterministic number.
    package var halfWidth: Double

    package init(mean: Double, halfWidth: Double) {
        precondition(
            mean.isFinite && halfWidth.isFinite && halfWidth >= 0,
            "estimate needs a finite mean and a non-negative half-width, got \(mean) ± \(halfWidth)")
        self.mean = mean
        self.halfWidth = halfWidth
    }

    /// The interval of batch values (means, or a quantile per batch) around `point`.
    ///
    ///     Estimate(point: 10, batches: [9, 10, 11]).halfWidth  // 4.303 * 1 / √3 = 2.484
    ///
    /// With fewer than two batches the half-width is 0 (nothing to estimate it from).
    package init(point: Double, batches: [Double]) {
        let k = batches.count
        guard k >= 2 else {
            self.init(mean: point, halfWidth: 0)
            return
        }
        let average = batches.reduce(0, +) / Double(k)
        let variance = batches.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(k - 1)
        let width = Self.tQuantile975(degreesOfFreedom: k - 1) * (variance / Double(k)).squareRoot()
        self.init(mean: point, halfWidth: width.isFinite ? width : 0)
    }

    /// The mean of independent replications with its t-interval:
    ///
    ///     Estimate(samples: [9, 10, 11])  // 10 ± 2.484
    package init(samples: [Double]) {
        self.init(point: samples.isEmpty ? 0 : samples.reduce(0, +) / Double(samples.count), batches: samples)
    }

    package var lower: Double { mean - halfWidth }
    package var upper: Double { mean + halfWidth }

    /// The half-width relative to the mean (infinite when the mean is 0 and the width is not).
    package var relativeHalfWidth: Double {
        halfWidth == 0 ? 0 : mean == 0 ? .infinity : halfWidth / abs(mean)
    }

    /// Whether the two intervals share a point, so no difference between them is established.
    package func overlaps(_ other: Estimate) -> Bool {
        lower <= other.upper && other.lower <= upper
    }

    /// Student's t quantile at 0.975: exact table to 30 degrees of freedom, then the
    /// Cornish–Fisher expansion around the normal quantile (error below 0.001).
    static func tQuantile975(degreesOfFreedom df: Int) -> Double {
        let table: [Double] = [
            12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
            2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
        ]
        precondition(df >= 1, "t quantile needs at least one degree of freedom, got \(df)")
        if df <= table.count { return table[df - 1] }
        let z = 1.959964
        let n = Double(df)
        return z + (z * z * z + z) / (4 * n) + (5 * z * z * z * z * z + 16 * z * z * z + 3 * z) / (96 * n * n)
    }
}
