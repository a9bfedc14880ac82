/// A point or span of virtual time, in integer nanoseconds from the start of a run.
public struct SimTime: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var nanoseconds: Int64

    @inlinable public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }

    public static let zero = SimTime(nanoseconds: 0)

    /// `ms` milliseconds, rounded to the nanosecond.
    @inlinable public static func milliseconds(_ ms: Double) -> SimTime {
        SimTime(nanoseconds: Int64((ms * 1e6).rounded()))
    }
    /// `s` seconds, rounded to the nanosecond.
    public static func seconds(_ s: Double) -> SimTime { SimTime(nanoseconds: Int64((s * 1e9).rounded())) }

    public var milliseconds: Double { Double(nanoseconds) / 1e6 }
    public var seconds: Double { Double(nanoseconds) / 1e9 }

    @inlinable public static func < (lhs: SimTime, rhs: SimTime) -> Bool { lhs.nanoseconds < rhs.nanoseconds }
    @inlinable public static func + (lhs: SimTime, rhs: SimTime) -> SimTime {
        SimTime(nanoseconds: lhs.nanoseconds + rhs.nanoseconds)
    }
    @inlinable public static func - (lhs: SimTime, rhs: SimTime) -> SimTime {
        SimTime(nanoseconds: lhs.nanoseconds - rhs.nanoseconds)
    }
    @inlinable public static func += (lhs: inout SimTime, rhs: SimTime) { lhs.nanoseconds += rhs.nanoseconds }

    public var description: String { "\(milliseconds)ms" }
}
