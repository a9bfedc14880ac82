import Foundation

extension CheApproximation {
    /// Zipf popularity over `objects` ranked objects (weight `1 / rank^exponent`): the first
    /// 1,000 ranks one class each, then classes of ranks 2% apart, each class's weight the
    /// integral of `x^−exponent` over its ranks.
    static func zipf(objects: Double, exponent: Double) -> CheApproximation {
        let objects = objects.rounded(.down)
        var ranges: [(first: Double, last: Double)] = []
        var first = 1.0
        while first <= objects {
            let last = first <= 1000 ? first : min(objects, max(first, (first * 1.02).rounded(.down)))
            ranges.append((first, last))
            first = last + 1
        }
        let weights = ranges.map { range in
            range.first == range.last
                ? pow(range.first, -exponent)
                : integral(from: range.first - 0.5, to: range.last + 0.5, exponent: exponent)
        }
        let total = weights.reduce(0, +)
        return CheApproximation(
            classes: zip(ranges, weights).map { range, weight in
                let count = range.last - range.first + 1
                return PopularityClass(probability: weight / total / count, count: count)
            })
    }

    /// ∫ x^−s dx from `a` to `b`.
    private static func integral(from a: Double, to b: Double, exponent s: Double) -> Double {
        abs(s - 1) < 1e-9 ? log(b / a) : (pow(b, 1 - s) - pow(a, 1 - s)) / (1 - s)
    }
}
