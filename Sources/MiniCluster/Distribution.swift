import Foundation
import Synchronization

/// A distribution of non-negative numbers (service times, delays, think times).
public enum Distribution: Sendable, Hashable {
    case constant(Double)
    case uniform(Double, Double)
    /// Exponential with the given mean (a Poisson process's gaps).
    case exponential(mean: Double)
    /// Log-normal with the given mean and the standard deviation `sigma` of the underlying normal.
    case logNormal(mean: Double, sigma: Double)

    /// One sample.
    /// - Complexity: O(1).
    @inlinable
    public func sample(using random: inout RandomSource) -> Double {
        switch self {
        case .constant(let value): return value
        case .uniform(let low, let high): return low + (high - low) * random.unit()
        case .exponential(let mean): return mean * ExponentialZiggurat.sample(using: &random)
        case .logNormal(let mean, let sigma):
            let mu = log(mean) - sigma * sigma / 2
            return exp(mu + sigma * Self.standardNormal(using: &random))
        }
    }

    /// The mean of the distribution.
    public var mean: Double {
        switch self {
        case .constant(let value): return value
        case .uniform(let low, let high): return (low + high) / 2
        case .exponential(let mean), .logNormal(let mean, _): return mean
        }
    }

    /// The variance of the distribution.
    public var variance: Double {
        switch self {
        case .constant: return 0
        case .uniform(let low, let high): return (high - low) * (high - low) / 12
        case .exponential(let mean): return mean * mean
        case .logNormal(let mean, let sigma): return (exp(sigma * sigma) - 1) * mean * mean
        }
    }

    /// A standard normal sample (Box–Muller, one of the pair).
    @usableFromInline static func standardNormal(using random: inout RandomSource) -> Double {
        sqrt(-2 * log(random.openUnit())) * cos(2 * Double.pi * random.unit())
    }
}

extension RandomSource {
    /// True with probability `p`.
    @inline(__always)
    package mutating func bernoulli(_ p: Double) -> Bool { unit() < p }
}

/// Zipf popularity over keys `0..<count`: key `k` is drawn with weight `1 / (k + 1)^exponent`.
package struct ZipfDistribution: Sendable {
    package let count: Int
    package let exponent: Double
    private let cumulative: [Double]
    /// `guide[j]`: the key that `u = j / (guide.count − 1)` draws, so a draw searches only the
    /// keys between two neighbouring entries (a guide table; Devroye, 1986, III.2.4).
    private let guide: [Int32]

    /// - Complexity: O(count) to build.
    package init(count: Int, exponent: Double) {
        precondition(count > 0, "Zipf needs at least one key, got \(count)")
        self.count = count
        self.exponent = exponent
        var running = 0.0
        var table = [Double](repeating: 0, count: count)
        for rank in 0..<count {
            running += 1 / pow(Double(rank + 1), exponent)
            table[rank] = running
        }
        cumulative = table.map { $0 / running }
        guide = Self.guide(cumulative, buckets: min(count, 1 << 16))
    }

    /// The distribution of `count` keys with `exponent`, built once and then shared: the points of a
    /// sweep, on both cores, draw from the same key model (the last four are kept).
    // NB: building one for 50,000 keys (a power per key) was a fifth of `run sharding sweep=vnodes`.
    package static func shared(count: Int, exponent: Double) -> ZipfDistribution {
        if let kept = recent.withLock({ $0.first { $0.count == count && $0.exponent == exponent } }) { return kept }
        let built = ZipfDistribution(count: count, exponent: exponent)
        recent.withLock { $0 = [built] + $0.prefix(3) }
        return built
    }

    private static let recent = Mutex<[ZipfDistribution]>([])

    private static func guide(_ cumulative: [Double], buckets: Int) -> [Int32] {
        var rank = 0
        return (0...buckets).map { bucket in
            let u = Double(bucket) / Double(buckets)
            while rank < cumulative.count - 1 && cumulative[rank] <= u { rank += 1 }
            return Int32(rank)
        }
    }

    /// The probability of key `rank`.
    package func probability(of rank: Int) -> Double {
        cumulative[rank] - (rank == 0 ? 0 : cumulative[rank - 1])
    }

    /// One key, the most popular being 0: the first key whose cumulative share exceeds a uniform
    /// draw (the last key if none does).
    /// - Complexity: O(1) expected, O(log count) at most.
    package func sample(using random: inout RandomSource) -> Int {
        let u = random.unit()
        let buckets = guide.count - 1
        // NB: one bucket of slack each side absorbs the rounding of u × buckets, so the search
        // between the guide's entries finds the key a search of the whole table finds.
        let bucket = min(Int(u * Double(buckets)), buckets - 1)
        // NB: through the buffers, without bounds checks: the search is half of a `sharding` sweep.
        return guide.withUnsafeBufferPointer { guide in
            cumulative.withUnsafeBufferPointer { table in
                var low = Int(guide[max(bucket - 1, 0)])
                var high = Int(guide[min(bucket + 2, buckets)])
                while low < high {
                    let middle = (low + high) / 2
                    if table[middle] > u { high = middle } else { low = middle + 1 }
                }
                return low
            }
        }
    }
}
