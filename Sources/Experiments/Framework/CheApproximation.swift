import Foundation

/// Che's approximation of an LRU cache under independent requests: an object stays cached for a
/// characteristic time `t`, so it hits with probability `1 − e^(−p t)`, where `t` makes the
/// expected number of cached objects equal the capacity.
///
/// Objects come in popularity classes (`count` objects, each requested with `probability`), so a
/// Zipf popularity over billions of objects costs a few hundred classes, not billions of terms.
struct CheApproximation {
    struct PopularityClass {
        let probability: Double
        let count: Double
    }

    let classes: [PopularityClass]

    /// One class per object.
    init(probabilities: [Double]) {
        classes = probabilities.map { PopularityClass(probability: $0, count: 1) }
    }

    init(classes: [PopularityClass]) {
        self.classes = classes
    }

    var objects: Double { classes.reduce(0) { $0 + $1.count } }

    /// Expected cached objects when each stays `t` requests.
    func occupancy(time t: Double) -> Double {
        classes.reduce(0) { $0 + $1.count * (1 - exp(-$1.probability * t)) }
    }

    /// Expected share of requests that hit when each object stays `t` requests.
    func hitRatio(time t: Double) -> Double {
        classes.reduce(0) { $0 + $1.count * $1.probability * (1 - exp(-$1.probability * t)) }
    }

    /// The hit ratio of a cache holding `capacity` objects.
    func hitRatio(capacity: Double) -> Double {
        guard capacity < objects else { return 1 }
        return hitRatio(time: Self.solve(capacity, occupancy(time:)))
    }

    /// The objects a cache must hold to reach hit ratio `target` (below 1).
    func capacity(forHitRatio target: Double) -> Double {
        min(objects, occupancy(time: Self.solve(target, hitRatio(time:))))
    }

    /// The smallest `t` (within bisection precision) with `f(t) >= goal`, for an increasing `f`.
    private static func solve(_ goal: Double, _ f: (Double) -> Double) -> Double {
        var low = 0.0
        var high = 1.0
        while f(high) < goal, high < 1e300 { high *= 2 }
        for _ in 0..<100 where high - low > 1e-9 * high {
            let middle = (low + high) / 2
            if f(middle) < goal { low = middle } else { high = middle }
        }
        return high
    }
}
