/// A map from integer keys to non-negative integer slots, for the LRU cache's index.
///
/// Open addressing with linear probing, Fibonacci hashing and backward-shift deletion: a lookup
/// costs a multiply and a few probes instead of `Dictionary`'s SipHash, and the table is never
/// iterated, so no order can reach any output.
package struct IntSlotTable: Sendable {
    private var keys: [Int]
    /// The slot stored under `keys[i]`, or -1 where the bucket is empty.
    private var slots: [Int]
    private var shift: UInt64
    package private(set) var count = 0

    package init() {
        keys = [Int](repeating: 0, count: 16)
        slots = [Int](repeating: -1, count: 16)
        shift = 64 - 4
    }

    private var mask: Int { slots.count - 1 }

    private func home(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The bucket holding `key`, or the empty bucket where it would go.
    private func bucket(_ key: Int) -> Int {
        var index = home(key)
        while slots[index] >= 0, keys[index] != key { index = (index + 1) & mask }
        return index
    }

    /// The slot stored under `key`, if any; setting nil removes it.
    /// - Complexity: O(1) expected.
    package subscript(key: Int) -> Int? {
        get {
            let index = bucket(key)
            return slots[index] >= 0 ? slots[index] : nil
        }
        set {
            guard let slot = newValue else {
                removeValue(forKey: key)
                return
            }
            precondition(slot >= 0, "a slot is non-negative, got \(slot)")
            var index = bucket(key)
            if slots[index] < 0 {
                if 2 * (count + 1) > slots.count {
                    grow()
                    index = bucket(key)
                }
                count += 1
                keys[index] = key
            }
            slots[index] = slot
        }
    }

    /// Removes `key`; returns the slot it held.
    /// - Complexity: O(1) expected.
    @discardableResult
    package mutating func removeValue(forKey key: Int) -> Int? {
        var hole = bucket(key)
        guard slots[hole] >= 0 else { return nil }
        let removed = slots[hole]
        var next = (hole + 1) & mask
        while slots[next] >= 0 {
            // An entry may fill the hole when the hole lies on its probe path (home ... next).
            if (next - home(keys[next])) & mask >= (next - hole) & mask {
                keys[hole] = keys[next]
                slots[hole] = slots[next]
                hole = next
            }
            next = (next + 1) & mask
        }
        slots[hole] = -1
        count -= 1
        return removed
    }

    private mutating func grow() {
        let (oldKeys, oldSlots) = (keys, slots)
        keys = [Int](repeating: 0, count: oldSlots.count * 2)
        slots = [Int](repeating: -1, count: oldSlots.count * 2)
        shift -= 1
        for (key, slot) in zip(oldKeys, oldSlots) where slot >= 0 {
            let index = bucket(key)
            keys[index] = key
            slots[index] = slot
        }
    }
}
