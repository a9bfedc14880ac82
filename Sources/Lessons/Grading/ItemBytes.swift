/// The bytes a report writes for each distinct graded item, rendered once and kept in one buffer.
struct ItemBytes {
    private var numbering = ItemNumbering()
    /// Where each numbered item's bytes are in `storage`.
    private var ranges: [Range<Int>] = []
    private var storage: [UInt8] = []

    /// Appends the bytes of `item` but the first `droppingFirst` to `out`, rendering them with `render` the first time.
    mutating func append(
        _ item: GradedSheet.GradedItem, to out: inout [UInt8], droppingFirst: Int = 0,
        render: (GradedSheet.GradedItem) -> [UInt8]
    ) {
        let (number, isNew) = numbering.number(of: item)
        if isNew {
            let start = storage.count
            storage += render(item)
            ranges.append(start..<storage.count)
        }
        // NB: appending the slice itself went byte by byte.
        let range = ranges[number]
        storage.withUnsafeBufferPointer {
            out.append(
                contentsOf: UnsafeBufferPointer(rebasing: $0[(range.lowerBound + droppingFirst)..<range.upperBound]))
        }
    }
}
