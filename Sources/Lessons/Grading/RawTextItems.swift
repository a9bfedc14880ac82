import Foundation

/// The items of one question found by the raw bytes of a text answer as a sheet file holds them (between its quotes,
/// escapes and all), so a text met before is neither decoded nor looked up again.
///
/// Decoding is a function of the bytes, so the item found is the one `GradedItemTable` gives the decoded text; only
/// texts that decoded to an answer of the question's type are kept.
struct RawTextItems {
    // NB: decoding each text answer into a String and hashing it to find its item was a fifth of grading a clean
    // sheet (perf); the bytes of the answers a class gives repeat from sheet to sheet.
    private var slots = [Int](repeating: -1, count: 64)
    private var entries: [(hash: Int, bytes: Range<Int>, item: GradedSheet.GradedItem)] = []
    private var storage: [UInt8] = []

    /// The item kept for `raw`, nil when these bytes were not met.
    func item(_ raw: UnsafeBufferPointer<UInt8>) -> GradedSheet.GradedItem? {
        let hash = Self.hash(raw)
        let slot = slot(of: raw, hash: hash)
        return slots[slot] < 0 ? nil : entries[slots[slot]].item
    }

    /// Keeps `item` for `raw` (bytes not met before).
    mutating func keep(_ item: GradedSheet.GradedItem, for raw: UnsafeBufferPointer<UInt8>) {
        let hash = Self.hash(raw)
        let slot = slot(of: raw, hash: hash)
        guard slots[slot] < 0 else { return }
        let start = storage.count
        storage.append(contentsOf: raw)
        slots[slot] = entries.count
        entries.append((hash, start..<storage.count, item))
        if 2 * entries.count > slots.count { grow() }
    }

    /// The slot holding `raw`, else the empty slot where it would go.
    private func slot(of raw: UnsafeBufferPointer<UInt8>, hash: Int) -> Int {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 {
            let entry = entries[slots[slot]]
            if entry.hash == hash,
                storage.withUnsafeBufferPointer({ UnsafeBufferPointer(rebasing: $0[entry.bytes]).hasSameBytes(as: raw) }
                )
            {
                return slot
            }
            slot = (slot + 1) & mask
        }
        return slot
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: 2 * slots.count)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = entry.hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }

    /// A hash of `raw` seeded per process (`Hasher`), so answers cannot be chosen to collide.
    private static func hash(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(raw))
        return hasher.finalize()
    }
}
