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
        let t = Self.solve(capacity) { t in
            classes.reduce((0.0, 0.0)) { sum, group in
                let staying = exp(-group.probability * t)
                return (sum.0 + group.count * (1 - staying), sum.1 + group.count * group.probability * staying)
            }
        }
        return hitRatio(time: t)
    }

    /// The objects a cache must hold to reach hit ratio `target` (below 1).
    func capacity(forHitRatio target: Double) -> Double {
        let t = Self.solve(target) { t in
            classes.reduce((0.0, 0.0)) { sum, group in
                let share = group.count * group.probability
                let staying = exp(-group.probability * t)
                return (sum.0 + share * (1 - staying), sum.1 + share * group.probability * staying)
            }
        }
        return min(objects, occupancy(time: t))
    }

    /// The `t` with `f(t) = goal` for an increasing concave `f` given with its slope: Newton's
    /// method from 0, whose steps stay below the root (the tangent of a concave function lies
    /// above it) and stop when they move `t` by less than 10⁻¹² of it.
    // NB: bisection to 10⁻⁹ took about 45 evaluations of 20,000 exponentials; this takes 6 to 25,
    // a third of `run cache` and most of its sweep (callgrind).
    private static func solve(_ goal: Double, _ f: (Double) -> (value: Double, slope: Double)) -> Double {
        var t = 0.0
        for _ in 0..<200 {
            let (value, slope) = f(t)
            guard value < goal, slope > 0 else { break }
            let step = (goal - value) / slope
            guard step > 1e-12 * t, (t + step).isFinite else { break }
            t += step
        }
        return t
    }
}
