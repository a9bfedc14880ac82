/// The cache instance a read used at each tier, from the first tier on, packed into one word so a
/// database read's event carries no array (no allocation, no reference counting per event).
struct InstancePath {
    /// A tier's instance takes 8 bits: up to 255 instances a tier, up to 8 tiers.
    private var packed: UInt64 = 0
    /// Tiers recorded.
    private(set) var count = 0

    /// Records the instance used at the next tier.
    mutating func append(_ instance: Int) {
        precondition((0..<256).contains(instance) && count < 8, "instance \(instance) at tier \(count) does not fit")
        packed |= UInt64(instance) << (8 * UInt64(count))
        count += 1
    }

    /// The instance used at `tier`.
    subscript(tier: Int) -> Int { Int((packed >> (8 * UInt64(tier))) & 0xFF) }

    /// The path without its last tier (the tier that answered is not filled again).
    func droppingLast() -> InstancePath {
        var path = self
        path.count -= 1
        return path
    }
}
