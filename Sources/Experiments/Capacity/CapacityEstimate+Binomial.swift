import Foundation

extension CapacityEstimate {
    /// P(at least `needed` of `total` independent units are up), each up with probability `a`.
    ///
    /// Sums the binomial tail of "more than `total − needed` down" term by term from its first
    /// term (found through log-gamma), stopping once the terms no longer matter; fleets so large
    /// that the count of failed units has a standard deviation above 1,000 use the normal tail.
    static func atLeast(_ needed: Int, of total: Int, each a: Double) -> Double {
        guard needed > 0 else { return 1 }
        guard needed <= total else { return 0 }
        let n = Double(total)
        let q = 1 - a
        let allowed = Double(total - needed)
        let mean: Double = n * q
        let deviation: Double = (mean * a).squareRoot()
        if deviation > 1000 {
            let z: Double = (allowed + 0.5 - mean) / (deviation * 2.squareRoot())
            return 1 - 0.5 * erfc(z)
        }
        var down: Double = allowed + 1
        var term: Double = exp(logChoose(n, down) + down * log(q) + (n - down) * log(a))
        var failure = 0.0
        while down <= n {
            failure += term
            if down > mean, term <= failure * 1e-17 { break }
            let ratio: Double = (n - down) / (down + 1)
            term *= ratio * q / a
            down += 1
        }
        return max(0, 1 - failure)
    }

    /// ln C(n, k).
    private static func logChoose(_ n: Double, _ k: Double) -> Double {
        let whole: Double = lgamma(n + 1)
        return whole - lgamma(k + 1) - lgamma(n - k + 1)
    }
}
