/// Numbers the distinct graded items met, 0, 1, 2... in the order they are first met, found by the item's identity.
///
/// Sheets that answered a question alike share one item (`GradedItemTable`), so a report of 10,000 sheets x 40
/// questions meets a few hundred distinct items 400,000 times: what a report works out for an item is worked out
/// once per number. The items must outlive the numbering (a gradebook being written holds them), so no two of them
/// can have the same identity.
struct ItemNumbering {
    // NB: open addressing on the identity's bits with a multiplicative hash; a Dictionary's seeded SipHash per lookup
    // would cost more than most of what is worked out once.
    private var keys: [UInt]
    private var numbers: [Int]
    /// How many distinct items have been met.
    private(set) var count = 0
    private var shift: Int

    /// A numbering that has met no item.
    init() {
        keys = Array(repeating: 0, count: 256)
        numbers = Array(repeating: 0, count: 256)
        shift = UInt.bitWidth - 8
    }

    /// The number of `item`, and whether this is the first time it is met (its number is then the old `count`).
    mutating func number(of item: GradedSheet.GradedItem) -> (number: Int, isNew: Bool) {
        let key = item.identity
        let slot = slot(of: key)
        if keys[slot] == key { return (numbers[slot], false) }
        keys[slot] = key
        numbers[slot] = count
        count += 1
        if 2 * count > keys.count { grow() }
        return (count - 1, true)
    }

    /// The slot holding `key`, else the empty slot where it would go.
    private func slot(of key: UInt) -> Int {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt(shift))
        while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
        return slot
    }

    private mutating func grow() {
        let old = zip(keys, numbers).filter { $0.0 != 0 }
        keys = Array(repeating: 0, count: 2 * keys.count)
        numbers = Array(repeating: 0, count: keys.count)
        shift -= 1
        for (key, number) in old {
            let slot = slot(of: key)
            keys[slot] = key
            numbers[slot] = number
        }
    }
}
