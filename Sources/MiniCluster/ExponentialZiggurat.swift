import Foundation

/// Standard exponential samples by the ziggurat method (Marsaglia & Tsang, 2000): 256 layers,
/// and about 99% of samples need one random number and no logarithm.
///
/// NB: `-log(u)` was about 17% of the `bench` profile; this is the measured replacement.
public enum ExponentialZiggurat {
    @usableFromInline static let tables = Tables()

    @usableFromInline
    struct Tables: Sendable {
        @usableFromInline var k = [UInt32](repeating: 0, count: 256)
        @usableFromInline var w = [Double](repeating: 0, count: 256)
        @usableFromInline var f = [Double](repeating: 0, count: 256)

        init() {
            let m = 4294967296.0
            var d = 7.697117470131487
            var t = d
            let v = 3.949659822581572e-3
            let q = v / exp(-d)
            k[0] = UInt32((d / q) * m)
            k[1] = 0
            w[0] = q / m
            w[255] = d / m
            f[0] = 1
            f[255] = exp(-d)
            for i in stride(from: 254, through: 1, by: -1) {
                d = -log(v / d + exp(-d))
                k[i + 1] = UInt32((d / t) * m)
                t = d
                f[i] = exp(-d)
                w[i] = d / m
            }
        }
    }

    /// One sample with mean 1.
    @inlinable
    public static func sample(using random: inout RandomSource) -> Double {
        var bits = UInt32(truncatingIfNeeded: random.next() >> 32)
        var layer = Int(bits & 255)
        if bits < tables.k[layer] { return Double(bits) * tables.w[layer] }
        while true {
            if layer == 0 { return 7.697117470131487 - log(random.openUnit()) }
            let x = Double(bits) * tables.w[layer]
            if tables.f[layer] + random.unit() * (tables.f[layer - 1] - tables.f[layer]) < exp(-x) { return x }
            bits = UInt32(truncatingIfNeeded: random.next() >> 32)
            layer = Int(bits & 255)
            if bits < tables.k[layer] { return Double(bits) * tables.w[layer] }
        }
    }
}
